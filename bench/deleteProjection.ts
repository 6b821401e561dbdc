import type { Driver } from "neo4j-driver";
import { PROJECTION_LABELS } from "../src/projection/graphLabels";
import { PROJECTION_STATE_LABEL } from "../src/projection/Projector";

/**
 * Deletes every node of the projection (its checkpoint included) and so every relationship
 * touching one; the log stays. Returns the time taken.
 */
export async function deleteProjection(driver: Driver, database: string): Promise<number> {
  const started = performance.now();
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    for (const label of [...PROJECTION_LABELS, PROJECTION_STATE_LABEL]) {
      await session.run(
        `MATCH (n:${label}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
        {},
        // Batches commit on their own, but the statement around them runs for minutes at 1M.
        { timeout: 60 * 60_000 },
      );
    }
  } finally {
    await session.close();
  }
  return performance.now() - started;
}
