import type { Driver } from "neo4j-driver";
import { EVENT_STORE_SCHEMA } from "../eventstore/eventStoreSchema";
import { PROJECTION_SCHEMA } from "../projection/graphLabels";

/** Creates the log's and the projection's constraints and indexes (idempotent), and waits for them. */
export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of [...EVENT_STORE_SCHEMA, ...PROJECTION_SCHEMA])
      await session.run(statement);
    await session.run("CALL db.awaitIndexes(300)");
    await session.executeWrite((tx) =>
      tx.run("MERGE (l:EventLog {id: 'main'}) ON CREATE SET l.position = 0"),
    );
  } finally {
    await session.close();
  }
}
