/**
 * npm run bench:startup: what a newcomer waits for, phase by phase, in a fresh clone of this
 * repository (its committed HEAD) in a temporary folder, with the machine's npm and Maven caches
 * as they are (warm, once anything was installed):
 *
 * 1. first start: git clone, npm ci, then `npm start` to /readyz (compiling, building the pages,
 *    assembling Neo4j, its first start, the seed), and the warming of query plans after it;
 * 2. restart: Ctrl+C, `npm start` again, over the Neo4j left running;
 * 3. Neo4j restarted: `npm run db:stop` (the first stop writes Neo4j's class-data archive),
 *    then `npm start`, which starts Neo4j again (mapping the archive);
 * 4. after a crash: Neo4j killed (SIGKILL), then `npm start`, which recovers and starts it.
 *
 * It uses PORT, NEO4J_BOLT_PORT and NEO4J_HTTP_PORT of its environment (nothing else may listen
 * there) and the clone's own .neo4j/; it stops that Neo4j and deletes the clone at the end
 * (BENCH_KEEP_CLONE=1 keeps it). It prints a table and writes bench/results/<date>-startup.json.
 * BENCH_REF=<commit> benches that commit instead of HEAD (a baseline measured the same day).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../src/config/projectRoot";
import { gitRevision } from "./machineInfo";
import { runNpmStart } from "./runNpmStart";
import { neo4jStartFromLogs, phasesFromOutput, type StartPhases } from "./startupPhases";

const PORT = Number(process.env.PORT || 4000);
const TIMEOUT_MS = 900_000;
const write = (line: string) => console.log(line);

/** A command run to its end in `cwd`: its wall time, and its output's lines. */
function timed(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 << 20 });
  const millis = Math.round(performance.now() - started);
  if (run.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed:\n${run.stdout}${run.stderr}`);
  }
  const lines = `${run.stdout}${run.stderr}`.split("\n").filter((line) => line.trim() !== "");
  return { millis, lines };
}

async function main(): Promise<void> {
  const ref = process.env.BENCH_REF;
  const revision = ref
    ? {
        gitCommit: execFileSync("git", ["rev-parse", ref], { cwd: projectRoot() })
          .toString()
          .trim(),
        gitDirty: false,
      }
    : gitRevision();
  const clone = path.join(mkdtempSync(path.join(os.tmpdir(), "iss-startup-")), "clone");
  // The clone's own Neo4j and settings: none of the caller's database or folders.
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "info" };
  for (const name of ["NEO4J_URI", "NEO4J_DATA_DIR", "NEO4J_DIST_DIR", "NODE_ENV"])
    delete env[name];
  const instanceDir = path.join(clone, ".neo4j", "local");
  const started = new Date();
  write(
    `fresh clone of ${revision.gitCommit.slice(0, 7)} in ${clone}; Neo4j Bolt port ${env.NEO4J_BOLT_PORT || 7687}, API port ${PORT}`,
  );
  const start = async (label: string): Promise<StartPhases> => {
    write(`${label}: npm start...`);
    const run = await runNpmStart({
      cwd: clone,
      env,
      port: PORT,
      timeoutMillis: TIMEOUT_MS,
      until: (output) => /query plans warmed|warming the query plans failed/.test(output),
      write,
    });
    const phases = {
      ...phasesFromOutput(run.output, run.readyMillis),
      ...neo4jStartFromLogs(instanceDir),
    };
    if (phases.neo4jReused) {
      delete phases.neo4jJvm;
      delete phases.neo4jOwnStart;
      delete phases.neo4jRecovery;
    }
    write(`  ready after ${(phases.ready / 1000).toFixed(1)} s`);
    return phases;
  };
  try {
    const cloned = timed(os.tmpdir(), "git", ["clone", "--quiet", projectRoot(), clone], env);
    if (ref) timed(clone, "git", ["checkout", "--quiet", revision.gitCommit], env);
    write(`git clone: ${(cloned.millis / 1000).toFixed(1)} s; npm ci...`);
    const installed = timed(clone, "npm", ["ci", "--no-audit", "--no-fund"], env);
    const warnings = installed.lines.filter((line) => line.startsWith("npm warn")).length;
    write(
      `npm ci: ${(installed.millis / 1000).toFixed(1)} s, ${installed.lines.length} lines printed (${warnings} warnings)`,
    );

    const first = await start("first start");
    const restart = await start("restart (Neo4j running)");
    write("npm run db:stop...");
    const stopped = timed(clone, "npm", ["run", "-s", "db:stop"], env);
    const neo4jRestarted = await start("Neo4j restarted");
    const pid = Number(readFileSync(path.join(instanceDir, "run", "neo4j-local.pid"), "utf8"));
    process.kill(pid, "SIGKILL");
    while (spawnSync("kill", ["-0", String(pid)]).status === 0)
      await new Promise((r) => setTimeout(r, 100));
    const afterCrash = await start("after a crash (Neo4j killed)");

    const result = {
      startedAt: started.toISOString(),
      ...revision,
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), node: process.version },
      gitCloneMillis: cloned.millis,
      npmCi: { millis: installed.millis, lines: installed.lines.length, warnings },
      firstStopMillis: stopped.millis,
      starts: { first, restart, neo4jRestarted, afterCrash },
    };
    printTable(result.starts, {
      clone: cloned.millis,
      npmCi: installed.millis,
      firstStop: stopped.millis,
    });
    const file = path.join(
      projectRoot(),
      "bench",
      "results",
      `${result.startedAt.slice(0, 10)}-startup.json`,
    );
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    write(
      `written to ${path.relative(projectRoot(), file)} (load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(", ")})`,
    );
  } finally {
    spawnSync("npm", ["run", "-s", "db:stop"], { cwd: clone, env, stdio: "ignore" });
    if (!process.env.BENCH_KEEP_CLONE)
      rmSync(path.dirname(clone), { recursive: true, force: true });
  }
}

function printTable(
  starts: Record<"first" | "restart" | "neo4jRestarted" | "afterCrash", StartPhases>,
  once: { clone: number; npmCi: number; firstStop: number },
): void {
  const columns = [starts.first, starts.restart, starts.neo4jRestarted, starts.afterCrash];
  const s = (millis: number | undefined) =>
    millis === undefined ? "-" : `${(millis / 1000).toFixed(1)} s`;
  const rows: [string, (p: StartPhases, i: number) => number | undefined][] = [
    ["git clone", (_p, i) => (i === 0 ? once.clone : undefined)],
    ["npm ci (warm npm cache)", (_p, i) => (i === 0 ? once.npmCi : undefined)],
    ["prestart: compile src/ (SWC)", (p) => p.compile],
    ["prestart: build GraphiQL + explorer", (p) => p.ideBuild],
    ["npm and prestart until the server", (p) => p.beforeServer],
    ["server: load the code", (p) => p.server.load],
    ["Neo4j: assembly (Maven cache)", (p) => p.neo4jAssembly],
    ["Neo4j: start, to Bolt answering", (p) => (p.neo4jReused ? 0 : p.neo4jStart)],
    ["  its JVM, to its first log line", (p) => p.neo4jJvm],
    ["  its own start (recovery included)", (p) => p.neo4jOwnStart],
    ["  of which recovery", (p) => p.neo4jRecovery],
    ["server: Neo4j, all told", (p) => p.server.Neo4j],
    ["server: indexes", (p) => p.server.indexes],
    ["server: projection check", (p) => p.server.projection],
    ["server: seed", (p) => p.server.seed],
    ["server: GraphQL schema", (p) => p.server["GraphQL schema"]],
    ["server: serve", (p) => p.server.serve],
    ["READY: spawn to /readyz 200", (p) => p.ready],
    ["query plans warmed, after ready", (p) => p.plansWarmed],
    [
      "npm run db:stop (writes the class-data archive)",
      (_p, i) => (i === 2 ? once.firstStop : undefined),
    ],
  ];
  const header = ["phase", "first start", "restart", "Neo4j restarted", "after a crash"];
  const table = [
    header,
    ...rows.map(([name, get]) => [name, ...columns.map((p, i) => s(get(p, i)))]),
  ];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  for (const [r, row] of table.entries()) {
    write(
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join("  "),
    );
    if (r === 0) write(widths.map((w) => "-".repeat(w)).join("  "));
  }
  write(
    `(Neo4j ${starts.restart.neo4jReused ? "reused" : "started"} by the restart; node ${execFileSync("node", ["--version"]).toString().trim()})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
