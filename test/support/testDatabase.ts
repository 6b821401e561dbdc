import neo4j, { type Driver } from "neo4j-driver";
import { TEST_ENV } from "./testNeo4j";

/** A driver on the test run's Neo4j (started by the global setup). */
export function testDriver(): Driver {
  const uri = process.env[TEST_ENV.uri];
  if (!uri)
    throw new Error("no test Neo4j: run the tests through jest (its global setup starts one)");
  return neo4j.driver(
    uri,
    neo4j.auth.basic(process.env[TEST_ENV.user] ?? "neo4j", process.env[TEST_ENV.password] ?? ""),
  );
}
