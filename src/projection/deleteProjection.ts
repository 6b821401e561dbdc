import type { Driver } from "neo4j-driver";
import { PROJECTION_LABELS } from "../graph/graphLabels";
import { PROJECTION_STATE_LABEL } from "./Projector";

/** Long enough for millions of items; each inner transaction is small. */
const WHOLE_GRAPH = { timeout: 3_600_000 };

/**
 * Deletes the whole projection (its checkpoint included); the log stays. Relationships first
 * (every relationship is the projection's: the log has none), in transactions of bounded size,
 * then the nodes, which no longer hold any: a hub's thousands of relationships never have to fit
 * in one transaction's memory, as they would with DETACH DELETE.
 */
export async function deleteProjection(driver: Driver, database: string): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    await session.run(
      "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
      {},
      WHOLE_GRAPH,
    );
    for (const label of [...PROJECTION_LABELS, PROJECTION_STATE_LABEL]) {
      await session.run(
        `MATCH (n:${label}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
        {},
        WHOLE_GRAPH,
      );
    }
  } finally {
    await session.close();
  }
}
