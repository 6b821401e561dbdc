import { parseArgs, type ParseArgsConfig } from "node:util";
import { LogArchiveError } from "../backup/LogArchiveError";
import { LogImportError } from "../backup/LogImportError";
import { ConfigurationError } from "../config/environment";
import { DomainError } from "../domain/DomainError";
import { LogContinuityError } from "../eventstore/LogContinuityError";
import { RebuildInProgressError } from "../eventstore/RebuildInProgressError";
import { LocalNeo4jError } from "../neo4j/localNeo4jErrors";
import { SeedFileError } from "../seed/seedFolder";

/** Errors that say all there is to say in their message: no stack trace. */
const EXPLAINED = [
  ConfigurationError,
  SeedFileError,
  LogArchiveError,
  LogImportError,
  LogContinuityError,
  RebuildInProgressError,
];

/** Runs a command-line tool: its exit code, or a one-line error (with its code) and exit code 1. */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      process.exitCode = 1;
      if (error instanceof DomainError) {
        console.error(
          `error ${error.kind}${error.field ? ` at ${error.field}` : ""}: ${error.message}`,
        );
      } else if (error instanceof LocalNeo4jError) {
        console.error(`error ${error.code}: ${error.message}`);
      } else if (EXPLAINED.some((kind) => error instanceof kind)) {
        console.error(`error: ${(error as Error).message}`);
      } else {
        console.error(error);
      }
    },
  );
}

export const say = (line: string) => console.log(line);

/**
 * A tool's options read with node:util's parseArgs (strict, no positionals; `--help`, `-h` added):
 * its values, or the exit code when there is nothing to run: 2 with the usage after an option it
 * does not know or a value it lacks, 0 with the usage after --help. Both are written to stderr.
 */
export function toolOptions<const O extends NonNullable<ParseArgsConfig["options"]>>(
  options: O,
  usage: string,
  args: string[] = process.argv.slice(2),
):
  | {
      values: ReturnType<
        typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>
      >["values"];
    }
  | { exit: number } {
  const note = (line: string) => process.stderr.write(`${line}\n`);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h", default: false } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    note(`error: ${(error as Error).message}\n\n${usage}`);
    return { exit: 2 };
  }
  if ((parsed.values as { help?: boolean }).help) {
    note(usage);
    return { exit: 0 };
  }
  return { values: parsed.values as never };
}
