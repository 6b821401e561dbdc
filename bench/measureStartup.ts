import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { projectRoot } from "../src/config/projectRoot";
import type { BenchTarget } from "./BenchTarget";

export interface StartupMeasurement {
  /** From spawning npm start to the first 200 of /readyz. */
  readyMillis: number;
  /** The node process that serves (not npm's, nor prestart's), and its peak resident memory. */
  servingPid: number | null;
  peakRssBytes: number | null;
  /** Requests sent to the started server before its peak memory was read. */
  exercised: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: the fields after it are plain.
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** The deepest descendant of root running the compiled server, npm start's: the one that serves. */
function servingProcess(root: number): number | null {
  let best: { pid: number; depth: number } | null = null;
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    } catch {
      continue;
    }
    if (!cmdline.includes("dist/server/server/main.js")) continue;
    let depth = 0;
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parentOf(p), depth++) {
      if (p === root) {
        if (!best || depth > best.depth) best = { pid, depth };
        break;
      }
    }
  }
  return best?.pid ?? null;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function peakRss(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * `npm start` as a user runs it, over the given Neo4j (NEO4J_URI, so it starts none), timed
 * from spawn to /readyz answering 200. Then optional requests (exercise), the serving process's
 * peak RSS (VmHWM), and SIGTERM to the process group, as Ctrl+C would.
 */
export async function measureStartup(
  target: BenchTarget,
  options: {
    timeoutMillis: number;
    exercise?: (graphqlUrl: string) => Promise<number>;
    write: (line: string) => void;
  },
): Promise<StartupMeasurement> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    SEED_WHEN_EMPTY: "true",
  };
  delete env.NODE_ENV;
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  const started = performance.now();
  const child = spawn("npm", ["start", "--silent"], {
    cwd: projectRoot(),
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  // Detached, so a Ctrl+C of the bench does not reach it: it must not outlive the bench.
  const reap = () => child.pid !== undefined && signalGroup(child.pid, "SIGKILL");
  process.on("exit", reap);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", (code) => {
      exited = code;
      resolve();
    }),
  );
  const fail = (why: string) =>
    new Error(`npm start ${why}; its last output:\n${output.join("\n")}`);
  const stop = async () => {
    if (exited !== undefined || child.pid === undefined) return;
    signalGroup(child.pid, "SIGTERM");
    const stopped = await Promise.race([exit.then(() => true), sleep(60_000).then(() => false)]);
    if (!stopped) {
      options.write(`[startup] npm start did not stop within 60 s of SIGTERM: killing it`);
      signalGroup(child.pid, "SIGKILL");
      await exit;
    }
  };
  try {
    const base = `http://127.0.0.1:${port}`;
    let readyMillis: number | undefined;
    let lastReport = started;
    while (readyMillis === undefined) {
      if (exited !== undefined) throw fail(`exited (code ${exited}) before it was ready`);
      const now = performance.now();
      if (now - started > options.timeoutMillis)
        throw fail(`was not ready within ${options.timeoutMillis / 1000} s`);
      if (now - lastReport > 10_000) {
        options.write(
          `[startup] waiting for ${base}/readyz: ${((now - started) / 1000).toFixed(0)} s`,
        );
        lastReport = now;
      }
      try {
        const response = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(2_000) });
        await response.arrayBuffer();
        if (response.status === 200) readyMillis = performance.now() - started;
      } catch {
        // not listening yet
      }
      if (readyMillis === undefined) await sleep(50);
    }
    const exercised = options.exercise ? await options.exercise(`${base}/graphql`) : 0;
    const servingPid = child.pid === undefined ? null : servingProcess(child.pid);
    return {
      readyMillis,
      servingPid,
      peakRssBytes: servingPid === null ? null : peakRss(servingPid),
      exercised,
    };
  } finally {
    await stop();
    process.off("exit", reap);
  }
}
