import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../../src/config/projectRoot";
import { testNeo4jProcessEnv } from "./testNeo4j";
import { TEST_AUTH_ENV } from "../../tools/support/testTokens";

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  exited: Promise<number | null>;
  /** SIGKILL if it still runs. */
  kill(): void;
}

/**
 * Runs npm start's prestart (src/ compiled when the build is older, the pages built when stale)
 * without its launch of the local Neo4j: the tests bring their own. Throws with its output if it
 * fails.
 */
export function buildServer(): void {
  for (const args of [["tools/buildServer.mjs"], ["dist/server/cli/prestart.js", "--no-neo4j"]]) {
    const step = spawnSync(process.execPath, args, { cwd: projectRoot(), encoding: "utf8" });
    if (step.status !== 0)
      throw new Error(`prestart (node ${args.join(" ")}) failed:\n${step.stdout}${step.stderr}`);
  }
}

/**
 * What npm start runs after prestart, the compiled server, as a process of its own over the test
 * Neo4j (unless `env` says otherwise: NEO4J_URI "" for a local Neo4j), on a free port; resolves
 * once it prints its start-up line, within `timeoutMs`. It is spawned itself rather than through
 * npm, whose own exit on a signal would hide the server's.
 */
export async function startServerProcess(
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 90_000,
): Promise<ServerProcess> {
  const root = projectRoot();
  const child = spawn(process.execPath, [path.join(root, "dist", "server", "server", "main.js")], {
    env: testNeo4jProcessEnv({ PORT: "0", LOG_LEVEL: "info", ...TEST_AUTH_ENV, ...env }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no start-up line within ${timeoutMs / 1000} s:\n${output}`)),
        timeoutMs,
      );
      const poll = setInterval(() => {
        const match = /GraphQL \+ GraphiQL\s+(http:\/\/\S+)/.exec(output);
        if (match || child.exitCode !== null) {
          clearInterval(poll);
          clearTimeout(timer);
          if (match) resolve(match[1]!);
          else reject(new Error(`the server exited with ${child.exitCode}:\n${output}`));
        }
      }, 100);
    });
    return { url, child, output: () => output, exited, kill };
  } catch (error) {
    kill();
    throw error;
  }
}
