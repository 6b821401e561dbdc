import pino, { type DestinationStream, type Logger } from "pino";
import { REDACTED, REDACTED_PATHS, redactTokens } from "./redactSecrets";

/**
 * The server's logger (JSON lines): no credential is ever written, at any level. pino's `redact`
 * blanks the places credentials are known to travel (headers, graphql-ws's connection_init
 * payload); every line is then scanned for token-shaped values (API keys, JWTs, whatever follows
 * Bearer), so that a credential quoted anywhere else (an error's message, a URL) is blanked too.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: [...REDACTED_PATHS], censor: REDACTED },
    hooks: { streamWrite: redactTokens },
  };
  return destination ? pino(options, destination) : pino(options);
}
