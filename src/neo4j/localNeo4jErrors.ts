import { existsSync, readFileSync } from "node:fs";
import type { LocalNeo4jSettings } from "../config/neo4jSettings";
import type { InstanceDirs } from "./neo4jConf";

/** Why the local Neo4j could not be set up or started; each message says what to do. */
export class LocalNeo4jError extends Error {
  override readonly name: string = "LocalNeo4jError";
  constructor(
    readonly code:
      | "JAVA_MISSING"
      | "JAVA_TOO_OLD"
      | "MAVEN_MISSING"
      | "DOWNLOAD_FAILED"
      | "PORT_IN_USE"
      | "DATA_DIR_LOCKED"
      | "AUTH_MISMATCH"
      | "START_FAILED"
      | "STOP_FAILED"
      | "NOT_CONFIRMED",
    message: string,
  ) {
    super(message);
  }
}

/** Why the local Neo4j exited during its start, read from the end of its console log. */
export function diagnoseFailedStart(
  consoleLog: string,
  dirs: InstanceDirs,
  settings: LocalNeo4jSettings,
): LocalNeo4jError {
  const log = existsSync(consoleLog) ? readFileSync(consoleLog, "utf8") : "";
  const tail = log.split("\n").slice(-30).join("\n");
  if (/Lock file has been locked|FileLockException|already locked/i.test(log.slice(-20_000))) {
    return new LocalNeo4jError(
      "DATA_DIR_LOCKED",
      `the data directory ${dirs.data} is locked by another Neo4j process. Stop that process ` +
        "(npm run db:stop, or the other tool using it), or point NEO4J_DATA_DIR elsewhere.",
    );
  }
  if (/Address already in use|BindException/i.test(log.slice(-20_000))) {
    return new LocalNeo4jError(
      "PORT_IN_USE",
      `a port of Neo4j is in use by another process (bolt ${settings.boltPort}, http ${settings.httpPort}); ` +
        "choose others with NEO4J_BOLT_PORT and NEO4J_HTTP_PORT.",
    );
  }
  return new LocalNeo4jError(
    "START_FAILED",
    `Neo4j exited during start. Last lines of ${consoleLog}:\n${tail}`,
  );
}
