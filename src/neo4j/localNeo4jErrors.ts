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
