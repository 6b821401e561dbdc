/** Where an API process finds its Neo4j. */
export interface Neo4jAddress {
  uri: string;
  user: string;
  password: string;
}

/**
 * The whole environment of an API process that a test or the chaos harness starts (over
 * NEO4J_URI, so it never starts a Neo4j of its own): the one place to add what the API will need
 * (its writers' credentials, for one). Seeding is off, so that the log holds only what the
 * caller sends; the log level is warn, so that a long run's output stays small.
 */
export function apiProcessEnv(neo4j: Neo4jAddress, options: { port?: number } = {}) {
  return {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: "neo4j",
    PORT: String(options.port ?? 0),
    HOST: "127.0.0.1",
    SEED_WHEN_EMPTY: "false",
    LOG_LEVEL: "warn",
  };
}
