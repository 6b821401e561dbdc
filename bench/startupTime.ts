/**
 * npm run bench:startup: wall-clock time from spawning `npm start` to /readyz answering 200, with
 * Neo4j already running and the log already seeded: the restart a developer waits for. Each run
 * spawns `npm start` with this process's environment (NEO4J_*, PORT...), polls /readyz, then
 * stops the server with SIGINT. One run first, not counted: it seeds an empty log, builds what
 * prestart builds, and warms the file cache. BENCH_RUNS runs (default 5), then the median.
 *
 * Unlike the other benchmarks it uses the Neo4j that npm start would use (the local instance, or
 * NEO4J_URI): start it first (npm run db:start), since a cold Neo4j is not what this measures.
 */
import { spawn } from "node:child_process";
import { projectRoot } from "../src/config/projectRoot";

const RUNS = Number(process.env.BENCH_RUNS || 5);
const PORT = Number(process.env.PORT || 4000);
const READYZ = `http://127.0.0.1:${PORT}/readyz`;
const POLL_MS = 10;
const TIMEOUT_MS = 180_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answers(url: string): Promise<number | undefined> {
  try {
    return (await fetch(url)).status;
  } catch {
    return undefined;
  }
}

/** One `npm start`: milliseconds from spawn to /readyz = 200, and the server's start-up line. */
async function startOnce(): Promise<{ millis: number; upLine: string }> {
  if ((await answers(READYZ)) !== undefined) throw new Error(`something already serves ${READYZ}`);
  let output = "";
  const started = performance.now();
  // Its own process group, so that SIGINT reaches npm and the server it runs alike.
  const child = spawn("npm", ["start"], {
    cwd: projectRoot(),
    env: process.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    while ((await answers(READYZ)) !== 200) {
      if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
      if (performance.now() - started > TIMEOUT_MS) throw new Error(`not ready:\n${output}`);
      await sleep(POLL_MS);
    }
    const millis = performance.now() - started;
    const upLine = /ISS knowledge graph is up in .*/.exec(output)?.[0] ?? "(no start-up line)";
    return { millis, upLine };
  } finally {
    process.kill(-child.pid!, "SIGINT");
    await exited;
    while ((await answers(READYZ)) !== undefined) await sleep(POLL_MS);
  }
}

async function main(): Promise<void> {
  console.log(`npm start -> ${READYZ} = 200; 1 run not counted, then ${RUNS}`);
  const first = await startOnce();
  console.log(`  (not counted) ${first.millis.toFixed(0).padStart(6)} ms   ${first.upLine}`);
  const times: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const { millis, upLine } = await startOnce();
    times.push(millis);
    console.log(`  run ${run}         ${millis.toFixed(0).padStart(6)} ms   ${upLine}`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    `median ${median.toFixed(0)} ms (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
