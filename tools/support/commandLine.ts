import { parseArgs, type ParseArgsConfig } from "node:util";

/** A wrong command line: runCommandLine prints its message above the usage and exits 2. */
export class UsageError extends Error {
  override readonly name: string = "UsageError";
}

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** --help, -h: every tool takes it (runCommandLine answers it with the usage). */
const HELP = { help: { type: "boolean", short: "h" } } as const;

/** Options that each take a value, as a string for the tool to check. */
export function valueOptions<const N extends string>(...names: N[]): Record<N, { type: "string" }> {
  return Object.fromEntries(names.map((name) => [name, { type: "string" }])) as Record<
    N,
    { type: "string" }
  >;
}

/**
 * The options of a command line that takes no positionals (parseArgs, strict), with --help; or
 * the error that `usageError` makes of parseArgs's message: an unknown option, a missing value.
 */
export function parseOptions<const T extends OptionsConfig>(
  argv: readonly string[],
  options: T,
  usageError: (message: string) => UsageError,
) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { ...options, ...HELP },
    }).values;
  } catch (error) {
    throw usageError((error as Error).message);
  }
}

/**
 * Runs a command-line tool (npm run bench, npm run chaos): its arguments parsed, a wrong command
 * line refused with the usage (exit code 2), --help answered with it (0); otherwise the exit code
 * is what `main` resolves to, and 1 if it throws. SIGINT and SIGTERM exit at once (130), which
 * runs the exit hooks that stop what the run started (a Neo4j, a server).
 */
export function runCommandLine<Parsed extends { help: boolean }>(tool: {
  usage: string;
  /** What a signal interrupts, said on stderr: "benchmark", "chaos run". */
  name: string;
  /** Throws a UsageError for a wrong command line. */
  parse: (argv: readonly string[]) => Parsed;
  main: (parsed: Parsed) => Promise<number>;
}): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: ${tool.name} interrupted`);
      process.exit(130);
    });
  }
  const run = async (): Promise<number> => {
    let parsed;
    try {
      parsed = tool.parse(process.argv.slice(2));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      console.error(`${error.message}\n\n${tool.usage}`);
      return 2;
    }
    if (parsed.help) {
      console.log(tool.usage);
      return 0;
    }
    return tool.main(parsed);
  };
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
