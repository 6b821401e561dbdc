/**
 * npm run bench:queries: start-up time of the API (schema generation included) and p50/p95
 * latency of the IDE's example queries over HTTP, against a baseline measured in the same run
 * (the cheapest query the API answers, { logPosition }), on a Neo4j of the bench's own.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { projectRoot } from "../src/config/projectRoot";
import { serverSettings } from "../src/config/serverSettings";
import { startApiServer } from "../src/server/ApiServer";
import { withBenchNeo4j, emptyBenchDatabase, BENCH_PASSWORD, benchBoltUri } from "./benchNeo4j";

const RUNS = Number(process.env.BENCH_RUNS || 60);
const WARM_UP = 5;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(url: string, query: string): Promise<{ p50: number; p95: number }> {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (!response.ok || body.errors)
      throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
    return performance.now() - started;
  };
  for (let i = 0; i < WARM_UP; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await once());
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

withBenchNeo4j(async (driver) => {
  await emptyBenchDatabase(driver);
  const settings = { ...serverSettings({}), port: 0, logLevel: "warn" };
  const target = {
    kind: "external" as const,
    uri: benchBoltUri(),
    user: "neo4j",
    password: BENCH_PASSWORD,
    database: "neo4j",
  };
  const server = await startApiServer({ settings, target, log: pino({ level: "warn" }) });
  const rows: string[] = [];
  try {
    const t = server.timings;
    console.log(
      `\nstart-up: ${t.totalMillis.toFixed(0)} ms in all: Neo4j connection and schema ${t.databaseMillis.toFixed(0)} ms, ` +
        `seed (${server.seededEvents} events) ${t.seedMillis.toFixed(0)} ms, GraphQL schema generation ${t.schemaMillis.toFixed(0)} ms`,
    );
    const baseline = await measure(server.url, "{ logPosition }");
    rows.push(
      `${"{ logPosition } (baseline)".padEnd(34)} ${baseline.p50.toFixed(1).padStart(7)} ${baseline.p95.toFixed(1).padStart(7)}   1.0`,
    );
    const dir = path.join(projectRoot(), "ide", "examples");
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".graphql"))
      .sort()) {
      const query = readFileSync(path.join(dir, file), "utf8");
      const { p50, p95 } = await measure(server.url, query);
      rows.push(
        `${file.padEnd(34)} ${p50.toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(7)} ${(p50 / baseline.p50).toFixed(1).padStart(5)}`,
      );
    }
  } finally {
    await server.stop();
  }
  console.log(
    `\nlatency over HTTP, ${RUNS} runs each after ${WARM_UP} warm-up runs (ms; ratio of p50 to the baseline's)`,
  );
  console.log(`${"query".padEnd(34)} ${"p50".padStart(7)} ${"p95".padStart(7)} ratio`);
  for (const row of rows) console.log(row);
}).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
