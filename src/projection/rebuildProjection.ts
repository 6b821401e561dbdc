import type { Driver } from "neo4j-driver";
import { LOG_LABELS } from "../eventstore/eventStoreSchema";
import { Neo4jEventStore } from "../eventstore/Neo4jEventStore";
import { toNumber } from "../neo4j/neo4jValues";
import { Projector } from "./Projector";

export interface RebuildProgress {
  applied: number;
  total: number;
}

/** Cypher predicate: n is part of the projection, not of the log. */
export const IS_PROJECTION_NODE = `NOT (${LOG_LABELS.map((l) => `n:${l}`).join(" OR ")})`;

export class RebuildInProgressError extends Error {
  override readonly name = "RebuildInProgressError";
}

/**
 * Replays the whole log into an empty projection. Commands are refused while it runs (the log
 * carries a rebuilding mark), so no write can interleave with the replay.
 */
export async function rebuildProjection(
  driver: Driver,
  database: string,
  onProgress: (progress: RebuildProgress) => void = () => {},
  pageSize = 500,
): Promise<RebuildProgress> {
  const store = new Neo4jEventStore();
  const projector = new Projector();
  const session = driver.session({ database });
  try {
    const total = await session.executeWrite(async (tx) => {
      const head = await store.lockHead(tx);
      if (head.rebuilding) {
        throw new RebuildInProgressError(
          "another rebuild is running (or one was interrupted: see npm run rebuild -- --force)",
        );
      }
      await tx.run("MATCH (l:EventLog {id: 'main'}) SET l.rebuilding = true");
      return head.position;
    });
    try {
      let deleted: number;
      do {
        deleted = await session.executeWrite(async (tx) => {
          const result = await tx.run(
            `MATCH (n) WHERE ${IS_PROJECTION_NODE} WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS deleted`,
          );
          return toNumber(result.records[0]?.get("deleted"));
        });
      } while (deleted > 0);
      let applied = 0;
      onProgress({ applied, total });
      while (applied < total) {
        const page = await session.executeRead((tx) => store.readAll(tx, applied + 1, pageSize));
        if (page.length === 0) break;
        await session.executeWrite((tx) => projector.apply(tx, page));
        applied = page[page.length - 1]!.position;
        onProgress({ applied, total });
      }
      return { applied, total };
    } finally {
      await session.executeWrite((tx) =>
        tx.run("MATCH (l:EventLog {id: 'main'}) REMOVE l.rebuilding"),
      );
    }
  } finally {
    await session.close();
  }
}

/** Clears the rebuilding mark an interrupted rebuild left behind. */
export async function clearRebuildMark(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(
    "MATCH (l:EventLog {id: 'main'}) REMOVE l.rebuilding",
    {},
    { database },
  );
}
