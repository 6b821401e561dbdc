import type { Driver } from "neo4j-driver";
import { ensureEventStoreSchema } from "../eventstore/eventStoreSchema";
import { ensureProjectionSchema } from "../projection/projectionSchema";

/** Creates the log's and the projection's constraints and indexes (idempotent), and waits for them. */
export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  await ensureEventStoreSchema(driver, database);
  await ensureProjectionSchema(driver, database);
}
