import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** The phases of one `npm start`, in milliseconds (undefined where a start had no such phase). */
export interface StartPhases {
  /** From spawning npm start to /readyz answering 200. */
  ready: number;
  /** prestart: compiling src/ (undefined when nothing changed). */
  compile?: number;
  /** prestart: building GraphiQL and the explorer (undefined when current). */
  ideBuild?: number;
  /** npm, prestart and Node before the server's process started: ready minus the banner's "up". */
  beforeServer: number;
  /** The banner's phases: load, Neo4j, indexes, projection, seed, GraphQL schema, serve. */
  server: Record<string, number>;
  /** Whether the local Neo4j was reused, and its assembly and start when it was not. */
  neo4jReused: boolean;
  neo4jAssembly?: number;
  neo4jStart?: number;
  /** From the Neo4j's console log: its JVM until its first line, then its own start. */
  neo4jJvm?: number;
  neo4jOwnStart?: number;
  /** Recovery of its databases after a crash, from its debug log. */
  neo4jRecovery?: number;
  /** The warming of query plans after ready, as the log says. */
  plansWarmed?: number;
}

const seconds = (text: string | undefined) =>
  text === undefined ? undefined : Math.round(Number(text) * 1000);

/** The phases that npm start printed (its banner, prestart's lines, the warming's log line). */
export function phasesFromOutput(output: string, readyMillis: number): StartPhases {
  const up = /is up in ([\d.]+)s since its process started \(([^)]*)\)/.exec(output);
  const server: Record<string, number> = {};
  for (const [, name, value] of up?.[2]?.matchAll(/([A-Za-z][A-Za-z0-9 ]*?) ([\d.]+)s/g) ?? []) {
    server[name!] = seconds(value)!;
  }
  const neo4j = /Neo4j\s+started in ([\d.]+)s \(pid \d+(?:, assembled in ([\d.]+)s)?/.exec(output);
  const upMillis = seconds(up?.[1]) ?? readyMillis;
  return {
    ready: Math.round(readyMillis),
    compile: seconds(/\[build\] compiled \d+ of \d+ files of src\/ in ([\d.]+)s/.exec(output)?.[1]),
    ideBuild: seconds(/\[ide\][^\n]*built in ([\d.]+)s/.exec(output)?.[1]),
    beforeServer: Math.max(0, Math.round(readyMillis) - upMillis),
    server,
    neo4jReused: /Neo4j\s+reused/.test(output),
    neo4jAssembly: seconds(neo4j?.[2]),
    neo4jStart: seconds(neo4j?.[1]),
    plansWarmed: seconds(/query plans warmed: [^"]*? in ([\d.]+)s/.exec(output)?.[1]),
  };
}

const STAMP = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})([+-]\d{4}) /;

function stampMillis(line: string): number | undefined {
  const match = STAMP.exec(line);
  if (!match) return undefined;
  const zone = `${match[2]!.slice(0, 3)}:${match[2]!.slice(3)}`;
  return Date.parse(`${match[1]!.replace(" ", "T")}${zone}`);
}

/**
 * The last start of the instance in `instanceDir`, from its files: the pid file's time (written
 * as the JVM was spawned), the console log's "Starting..." (its JVM up, its logging set) and
 * "Started.", and the debug log's recovery of each database ("Recovery completed").
 */
export function neo4jStartFromLogs(
  instanceDir: string,
): Pick<StartPhases, "neo4jJvm" | "neo4jOwnStart" | "neo4jRecovery"> {
  const pidFile = path.join(instanceDir, "run", "neo4j-local.pid");
  const consoleLog = path.join(instanceDir, "logs", "console.log");
  if (!existsSync(pidFile) || !existsSync(consoleLog)) return {};
  const spawned = statSync(pidFile).mtimeMs;
  const lines = readFileSync(consoleLog, "utf8").split("\n");
  const at = (text: string) =>
    lines
      .filter((line) => line.includes(text))
      .map(stampMillis)
      .filter((stamp): stamp is number => stamp !== undefined && stamp >= spawned - 1000)
      .at(-1);
  const starting = at("INFO  Starting...");
  const started = at("INFO  Started.");
  const debugLog = path.join(instanceDir, "logs", "debug.log");
  let recovery: number | undefined;
  if (existsSync(debugLog)) {
    const debug = readFileSync(debugLog, "utf8").split("\n");
    const stamps = (text: string) =>
      debug
        .filter((line) => line.includes(text))
        .map(stampMillis)
        .filter((stamp): stamp is number => stamp !== undefined && stamp >= spawned - 1000);
    const begun = stamps("Starting recovery").concat(stamps("Recovery required"));
    const ended = stamps("Recovery completed");
    if (begun.length > 0 && ended.length > 0) recovery = Math.max(...ended) - Math.min(...begun);
  }
  return {
    ...(starting !== undefined ? { neo4jJvm: Math.round(starting - spawned) } : {}),
    ...(starting !== undefined && started !== undefined
      ? { neo4jOwnStart: started - starting }
      : {}),
    ...(recovery !== undefined ? { neo4jRecovery: recovery } : {}),
  };
}
