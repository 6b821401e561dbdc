import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { PRIVATE_UMASK } from "./privateFiles";

const UMASK_EXEC = `umask ${PRIVATE_UMASK.toString(8).padStart(3, "0")} && exec "$0" "$@"`;

/**
 * Spawns a program with the owner-only umask, through the shell's `umask` builtin (Node cannot
 * set a child's umask itself): the shell execs the program, so the pid and command line are the
 * program's own.
 */
export function spawnPrivate(
  executable: string,
  args: string[],
  options: Parameters<typeof spawn>[2],
): ReturnType<typeof spawn> {
  return spawn("/bin/sh", ["-c", UMASK_EXEC, executable, ...args], options);
}

/** Runs a program to its end, as spawnPrivate starts it; its exit code and output. */
export function runPrivate(
  executable: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawnPrivate(executable, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", (error) => resolve({ code: null, output: error.message }));
    child.once("close", (code) => resolve({ code, output }));
  });
}

/** Alive, and started for this instance folder (guards against a reused pid). */
export function isInstanceProcess(pid: number, home: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    // Empty while the shell of spawnPrivate execs Java (and for a process being reaped): a live
    // pid of our pid file, not yet readable; taking it for gone made a start that was going well
    // report "exited during start" and leave Neo4j running.
    return cmdline === "" || cmdline.includes(`--home-dir=${home}`);
  } catch {
    return true; // no /proc here: trust the pid file
  }
}

/** True once the process is gone; false if it still runs after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await sleep(100);
  }
  return false;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
