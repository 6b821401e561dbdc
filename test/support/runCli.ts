import { spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../../src/config/projectRoot";
import { testNeo4jProcessEnv } from "./testNeo4j";

/** How a command-line tool ended, and what it printed. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr as they came, interleaved. */
  output: string;
}

export interface CliOptions {
  /** Added to the test Neo4j's NEO4J_* variables (NEO4J_DATABASE, say). */
  env?: NodeJS.ProcessEnv;
  /** Written to its standard input, then closed; without it, standard input is empty. */
  input?: string;
}

function runProcess(command: string, args: string[], options: CliOptions): Promise<CliRun> {
  const child = spawn(command, args, {
    cwd: projectRoot(),
    env: testNeo4jProcessEnv(options.env),
    stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  if (options.input !== undefined) child.stdin!.end(options.input);
  const run: CliRun = { code: null, stdout: "", stderr: "", output: "" };
  child.stdout!.on("data", (chunk: Buffer) => {
    run.stdout += chunk.toString();
    run.output += chunk.toString();
  });
  child.stderr!.on("data", (chunk: Buffer) => {
    run.stderr += chunk.toString();
    run.output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ ...run, code }));
  });
}

/** `npm run -s <script> -- <args>` from the project's root, against the test Neo4j. */
export function runNpmScript(
  script: string,
  args: string[],
  options: CliOptions = {},
): Promise<CliRun> {
  return runProcess("npm", ["run", "-s", script, "--", ...args], options);
}

/** A TypeScript file of the project run with tsx, from the project's root, against the test Neo4j. */
export function runTsxScript(
  file: string,
  args: string[],
  options: CliOptions = {},
): Promise<CliRun> {
  return runProcess(
    path.join(projectRoot(), "node_modules", ".bin", "tsx"),
    [file, ...args],
    options,
  );
}
