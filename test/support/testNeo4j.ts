import path from "node:path";
import type { LocalNeo4jSettings } from "../../src/config/neo4jSettings";
import { localNeo4jSettings } from "../../src/config/neo4jSettings";
import { projectRoot } from "../../src/config/projectRoot";

/**
 * A Neo4j of the tests' own, in .neo4j/<folder> with the ports and password given: never the
 * user's instance.
 */
export function ownTestNeo4jSettings(
  folder: string,
  own: Pick<LocalNeo4jSettings, "boltPort" | "httpPort" | "pageCacheSize" | "password">,
): LocalNeo4jSettings {
  return {
    ...localNeo4jSettings({}),
    instanceDir: path.join(projectRoot(), ".neo4j", folder),
    heapSize: "1g",
    user: "neo4j",
    ...own,
  };
}

/**
 * The test run's own Neo4j: its own ports and folder (wiped at each run), never the user's
 * instance. NEO4J_TEST_URI (+ NEO4J_TEST_USER/NEO4J_TEST_PASSWORD) points tests at another
 * database instead; it is emptied by the tests, so never point it at data you want to keep.
 */
export function testNeo4jSettings(env: NodeJS.ProcessEnv = process.env): LocalNeo4jSettings {
  return ownTestNeo4jSettings("test", {
    boltPort: Number(env.NEO4J_TEST_BOLT_PORT || 17687),
    httpPort: Number(env.NEO4J_TEST_HTTP_PORT || 17474),
    pageCacheSize: "512m",
    password: "test-password-not-secret",
  });
}

/** Set by the global setup, read by every test file (workers inherit the environment). */
export const TEST_ENV = {
  uri: "ISS_TEST_NEO4J_URI",
  user: "ISS_TEST_NEO4J_USER",
  password: "ISS_TEST_NEO4J_PASSWORD",
  /** Neo4j Browser of the test Neo4j; unset when NEO4J_TEST_URI names another database. */
  browserUrl: "ISS_TEST_NEO4J_BROWSER_URL",
} as const;

/**
 * The environment for a child process (a command-line tool, the server) pointed at the test
 * Neo4j, as the service's NEO4J_* variables; `extra` adds to or overrides them.
 */
export function testNeo4jProcessEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: process.env[TEST_ENV.uri],
    NEO4J_USER: process.env[TEST_ENV.user],
    NEO4J_PASSWORD: process.env[TEST_ENV.password],
    ...extra,
  };
}
