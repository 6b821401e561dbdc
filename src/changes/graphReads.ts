import neo4j, { type BookmarkManager, type Driver } from "neo4j-driver";
import { toRelationFact, relationViews, type RelationFact } from "../explore/graphShapes";
import { FACT_LABEL, LABEL } from "../graph/graphLabels";
import { TYPE } from "../graph/relationshipTypes";

/** A relation to read as it is now: its id, and the ends its events name. */
export interface RelationRead {
  id: string;
  from: string;
  to: string;
}

/**
 * What a page of changes reads of the graph, each in one query for the whole page: the kinds of
 * entities (a retracted or merged entity keeps its `kind` and its Fact label, so a tombstone can
 * name the type a client cached it under), and the current version of relations, found between
 * the ends their events name or the entities those were merged into.
 */
export function graphReads(driver: Driver, database: string, bookmarkManager?: BookmarkManager) {
  const read = (cypher: string, params: Record<string, unknown>) =>
    driver.executeQuery(cypher, params, {
      database,
      routing: neo4j.routing.READ,
      ...(bookmarkManager ? { bookmarkManager } : {}),
    });
  return {
    async entityKinds(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const { records } = await read(
        `UNWIND $ids AS id
         MATCH (n:${FACT_LABEL} {id: id})
         RETURN id, n.kind AS kind`,
        { ids },
      );
      return new Map(records.map((r) => [r.get("id") as string, r.get("kind") as string]));
    },
    async relations(relations: readonly RelationRead[]): Promise<Map<string, RelationFact>> {
      if (relations.length === 0) return new Map();
      const { records } = await read(
        `UNWIND $relations AS relation
         MATCH (:${FACT_LABEL} {id: relation.from})-[:${TYPE.MERGED_INTO}*0..]->(a)
         WHERE NOT a:${LABEL.Merged}
         MATCH (:${FACT_LABEL} {id: relation.to})-[:${TYPE.MERGED_INTO}*0..]->(b)
         WHERE NOT b:${LABEL.Merged}
         MATCH (a)-[r]->(b) WHERE r.id = relation.id AND r.knownUntil IS NULL
         RETURN relation.id AS id, ${relationViews()}`,
        { relations },
      );
      return new Map(records.map((r) => [r.get("id") as string, toRelationFact(r)]));
    },
  };
}
