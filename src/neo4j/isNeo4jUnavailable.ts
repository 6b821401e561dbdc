import neo4j, { Neo4jError } from "neo4j-driver";

/** Neo4j's driver's codes for a server it cannot reach, lost, or that cannot serve yet. */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/**
 * Neo4j unreachable (down, restarting, the network gone): a refused or lost connection, or none
 * to be had from the pool in time (the driver gives that one no code, hence its message).
 */
export function isNeo4jUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof Neo4jError) {
      if (UNAVAILABLE_CODES.has(e.code)) return true;
      if (e.message.startsWith("Connection acquisition timed out")) return true;
    }
    if ((e as NodeJS.ErrnoException).code === "ECONNREFUSED") return true;
  }
  return false;
}
