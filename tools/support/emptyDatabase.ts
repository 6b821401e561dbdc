import type { Driver } from "neo4j-driver";

/** A clean state: every node and relationship removed (constraints and indexes stay). */
export async function emptyDatabase(driver: Driver): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database: "neo4j" });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}
