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

/** One driver per process: create at start, verify, close at stop. */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    userAgent: "iss-knowledge-graph",
  });
}
