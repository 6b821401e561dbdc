import neo4j, { Neo4jError } from "neo4j-driver";
import { isNeo4jUnavailable } from "../../src/neo4j/isNeo4jUnavailable";

const neo4jError = (message: string, code: string) => new Neo4jError(message, code, "", "");

describe("isNeo4jUnavailable", () => {
  it("knows the driver's errors for a Neo4j it cannot reach or that cannot serve yet", () => {
    for (const code of [
      neo4j.error.SERVICE_UNAVAILABLE,
      neo4j.error.SESSION_EXPIRED,
      "Neo.TransientError.General.DatabaseUnavailable",
    ]) {
      expect(isNeo4jUnavailable(neo4jError("gone", code))).toBe(true);
    }
    expect(
      isNeo4jUnavailable(
        neo4jError("Connection acquisition timed out in 2000 ms. Pool status: ...", "N/A"),
      ),
    ).toBe(true);
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:7687"), {
      code: "ECONNREFUSED",
    });
    expect(isNeo4jUnavailable(new Error("wrapped", { cause: refused }))).toBe(true);
  });

  it("leaves other errors alone", () => {
    expect(
      isNeo4jUnavailable(
        neo4jError("already exists", "Neo.ClientError.Schema.ConstraintValidationFailed"),
      ),
    ).toBe(false);
    expect(
      isNeo4jUnavailable(neo4jError("deadlock", "Neo.TransientError.Transaction.DeadlockDetected")),
    ).toBe(false);
    expect(isNeo4jUnavailable(new Error("a bug"))).toBe(false);
    expect(isNeo4jUnavailable("not an error")).toBe(false);
  });
});
