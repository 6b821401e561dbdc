import neo4j, { type BookmarkManager, type Driver } from "neo4j-driver";
import { FACT_LABEL } from "../graph/graphLabels";

/**
 * Each entity's kind by id, as the graph keeps it: a retracted or merged entity keeps its `kind`
 * (and its Fact label), so a tombstone can name the type a client cached it under.
 */
export function graphEntityKinds(
  driver: Driver,
  database: string,
  bookmarkManager?: BookmarkManager,
): (ids: readonly string[]) => Promise<Map<string, string>> {
  return async (ids) => {
    if (ids.length === 0) return new Map();
    const { records } = await driver.executeQuery(
      `UNWIND $ids AS id
       MATCH (n:${FACT_LABEL} {id: id})
       RETURN id, n.kind AS kind`,
      { ids },
      {
        database,
        routing: neo4j.routing.READ,
        ...(bookmarkManager ? { bookmarkManager } : {}),
      },
    );
    return new Map(records.map((r) => [r.get("id") as string, r.get("kind") as string]));
  };
}
