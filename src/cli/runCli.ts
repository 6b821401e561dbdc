import { LogArchiveError } from "../backup/LogArchiveError";
import { LogImportError } from "../backup/LogImportError";
import { ConfigurationError } from "../config/neo4jSettings";
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
