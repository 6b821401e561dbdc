import path from "node:path";
import type { Driver } from "neo4j-driver";
import { localNeo4jSettings } from "../src/config/neo4jSettings";
import { projectRoot } from "../src/config/projectRoot";
import { ensureSchema } from "../src/neo4j/ensureSchema";
import { LocalNeo4j } from "../src/neo4j/LocalNeo4j";
import { createDriver } from "../src/neo4j/neo4jConnection";
import type { BenchTarget } from "./BenchTarget";

/**
 * Benchmarks run on a Neo4j of their own (folder .neo4j/bench, Bolt 37687 unless
 * BENCH_NEO4J_BOLT_PORT), wiped first, so they never touch the user's data. Its memory is sized
 * for a million events: 2g of heap and 2g of page cache unless BENCH_NEO4J_HEAP_SIZE and
 * BENCH_NEO4J_PAGECACHE_SIZE say otherwise.
 */
export const BENCH_PASSWORD = "bench-password-not-secret";

export function benchNeo4jSettings(env: NodeJS.ProcessEnv = process.env) {
  const sized = localNeo4jSettings({
    NEO4J_HEAP_SIZE: env.BENCH_NEO4J_HEAP_SIZE || "2g",
    NEO4J_PAGECACHE_SIZE: env.BENCH_NEO4J_PAGECACHE_SIZE || "2g",
    NEO4J_BOLT_PORT: env.BENCH_NEO4J_BOLT_PORT || "37687",
    NEO4J_HTTP_PORT: env.BENCH_NEO4J_HTTP_PORT || "37474",
  });
  return {
    ...localNeo4jSettings({}),
    instanceDir: path.join(projectRoot(), ".neo4j", "bench"),
    boltPort: sized.boltPort,
    httpPort: sized.httpPort,
    heapSize: sized.heapSize,
    pageCacheSize: sized.pageCacheSize,
    password: BENCH_PASSWORD,
  };
}

/** Starts the bench's Neo4j from a wiped folder, runs, and stops it whatever happens. */
export async function withBenchNeo4j<T>(
  run: (driver: Driver, target: BenchTarget) => Promise<T>,
  report: (line: string) => void = (line) => console.error(`[bench neo4j] ${line}`),
): Promise<T> {
  const settings = benchNeo4jSettings();
  const server = new LocalNeo4j(settings, report);
  await server.reset();
  // Interrupted (Ctrl+C exits the bench), Neo4j is told to stop too: it stops on SIGTERM alone.
  const stopOnExit = () => {
    const pid = server.runningPid();
    if (pid !== undefined) process.kill(pid, "SIGTERM");
  };
  process.on("exit", stopOnExit);
  await server.start();
  const target: BenchTarget = {
    uri: server.boltUri,
    user: "neo4j",
    password: settings.password,
    database: "neo4j",
    instanceDir: settings.instanceDir,
  };
  const driver = createDriver(target);
  try {
    await ensureSchema(driver, "neo4j");
    return await run(driver, target);
  } finally {
    process.off("exit", stopOnExit);
    await driver.close();
    await server.stop();
  }
}
