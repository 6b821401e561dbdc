import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jTarget } from "../config/neo4jSettings";
import { readLocalPassword } from "./localCredentials";
import { LocalNeo4jError } from "./localNeo4jErrors";

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** The Bolt address and credentials of the target: the given database, or the local one. */
export function connectionFor(target: Neo4jTarget): Neo4jConnection {
  if (target.kind === "external") {
    const { uri, user, password, database } = target;
    return { uri, user, password, database };
  }
  const password = readLocalPassword(target.local);
  if (!password) {
    throw new LocalNeo4jError(
      "START_FAILED",
      `the local Neo4j in ${target.local.instanceDir} has no password yet: start it first (npm run db:start)`,
    );
  }
  return {
    uri: `bolt://127.0.0.1:${target.local.boltPort}`,
    user: target.local.user,
    password,
    database: target.database,
  };
}

/**
 * How long the driver waits for Neo4j before it gives up, so that a request made while Neo4j is
 * unreachable fails within about a second (SERVICE_UNAVAILABLE) instead of after the driver's
 * defaults (30 s of retries, 30 s to connect, 60 s to get a connection: answers took 33-66 s).
 * The caller retries: a command with its commandId is safe to send again.
 */
export const FAIL_FAST = {
  /** A TCP connect that has not succeeded by then never will soon (a refused one fails at once). */
  connectionTimeout: 2_000,
  /** Waiting for a free connection of the pool, or for a new one (at least connectionTimeout). */
  connectionAcquisitionTimeout: 2_000,
  /**
   * 0: one retry of a transaction that failed with a retryable error, after the driver's first
   * back-off (about a second), then the error. Longer, a write group that failed while Neo4j was
   * away sleeps in the back-off (1, 2, 4, 8 s...) and every command queued behind it waits too:
   * writes took 18 s to come back after Neo4j did.
   */
  maxTransactionRetryTime: 0,
} as const;

/** One driver per process: create at start, verify, close at stop. */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    userAgent: "iss-knowledge-graph",
    ...FAIL_FAST,
  });
}
