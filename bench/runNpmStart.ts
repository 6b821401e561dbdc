import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

export interface NpmStartRun {
  /** From spawning `npm start` to /readyz answering 200. */
  readyMillis: number;
  /** Everything it printed, until it exited after Ctrl+C. */
  output: string;
}

async function status(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}

/**
 * `npm start` in `cwd`, as a person runs it: timed from spawn to /readyz answering 200; then,
 * once `until` holds for its output (the warming's end, say) or `afterReadyMillis` passed, Ctrl+C
 * (SIGINT to its process group), and its exit awaited.
 */
export async function runNpmStart(options: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  port: number;
  timeoutMillis: number;
  until?: (output: string) => boolean;
  afterReadyMillis?: number;
  write: (line: string) => void;
}): Promise<NpmStartRun> {
  const readyz = `http://127.0.0.1:${options.port}/readyz`;
  if ((await status(readyz)) !== undefined) throw new Error(`something already serves ${readyz}`);
  let output = "";
  const started = performance.now();
  // Its own process group, so that SIGINT reaches npm and the server it runs alike.
  const child = spawn("npm", ["start"], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const reap = () => child.pid !== undefined && process.kill(-child.pid, "SIGKILL");
  process.on("exit", reap);
  let readyMillis: number;
  try {
    let lastNote = started;
    while ((await status(readyz)) !== 200) {
      if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
      const now = performance.now();
      if (now - started > options.timeoutMillis) throw new Error(`not ready:\n${output}`);
      if (now - lastNote > 15_000) {
        options.write(`  ... waiting for ${readyz}: ${((now - started) / 1000).toFixed(0)} s`);
        lastNote = now;
      }
      await sleep(50);
    }
    readyMillis = performance.now() - started;
    const deadline = performance.now() + (options.afterReadyMillis ?? 0);
    while (options.until ? !options.until(output) : performance.now() < deadline) {
      if (child.exitCode !== null || performance.now() - started > options.timeoutMillis) break;
      await sleep(200);
    }
  } finally {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, "SIGINT");
    await exited;
    process.off("exit", reap);
    while ((await status(readyz)) !== undefined) await sleep(50);
  }
  // After its exit: what it said at Ctrl+C is in it too.
  return { readyMillis, output };
}
