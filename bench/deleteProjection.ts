import type { Driver } from "neo4j-driver";
import { deleteProjection as deleteTheProjection } from "../src/projection/deleteProjection";

/**
 * Deletes every node and relationship of the projection (its checkpoint included), as a rebuild
 * does; the log stays. Returns the time taken.
 */
export async function deleteProjection(driver: Driver, database: string): Promise<number> {
  const started = performance.now();
  await deleteTheProjection(driver, database);
  return performance.now() - started;
}
