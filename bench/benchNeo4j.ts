import path from "node:path";
import type { Driver } from "neo4j-driver";
import { localNeo4jSettings } from "../src/config/neo4jSettings";
import { projectRoot } from "../src/config/projectRoot";
import { ensureSchema } from "../src/neo4j/ensureSchema";
import { LocalNeo4j } from "../src/neo4j/LocalNeo4j";
import { createDriver } from "../src/neo4j/neo4jConnection";

/**
 * Benchmarks run on a Neo4j of their own (folder .neo4j/bench, Bolt 37687 unless
 * BENCH_NEO4J_BOLT_PORT), wiped first, so they never touch the user's data.
 */
export const BENCH_PASSWORD = "bench-password-not-secret";
const boltPort = () => Number(process.env.BENCH_NEO4J_BOLT_PORT || 37687);
export const benchBoltUri = () => `bolt://127.0.0.1:${boltPort()}`;

export async function withBenchNeo4j<T>(run: (driver: Driver) => Promise<T>): Promise<T> {
  const settings = {
    ...localNeo4jSettings({}),
    instanceDir: path.join(projectRoot(), ".neo4j", "bench"),
    boltPort: boltPort(),
    httpPort: Number(process.env.BENCH_NEO4J_HTTP_PORT || 37474),
    heapSize: "1g",
    pageCacheSize: "512m",
    password: BENCH_PASSWORD,
  };
  const server = new LocalNeo4j(settings, (line) => console.error(`[bench neo4j] ${line}`));
  await server.reset();
  await server.start();
  const driver = createDriver({
    uri: server.boltUri,
    user: "neo4j",
    password: settings.password,
    database: "neo4j",
  });
  try {
    await ensureSchema(driver, "neo4j");
    return await run(driver);
  } finally {
    await driver.close();
    await server.stop();
  }
}

/** Empties the bench database between measurements (schema kept): the tests' own helper. */
export { emptyDatabase as emptyBenchDatabase } from "../test/support/testDatabase";

export function rate(count: number, millis: number): number {
  return count / (millis / 1000);
}
