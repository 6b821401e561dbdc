import neo4j, { type Driver } from "neo4j-driver";
import { LABEL } from "../graph/graphLabels";
import { GRAPH_MODEL } from "../graph/GraphModel";
import { TYPE } from "../graph/relationshipTypes";
import type { Citation, KnownEntity, KnownFacts } from "./KnownFacts";

/** Most streams of facts near an ingestion's nodes that a dry run reads (hubs have many). */
const NEARBY_LIMIT = 1000;

// Relationship types come from the graph model, never from input.
const RELATION_TYPES = GRAPH_MODEL.relationTypes.join("|");

/** What the graph knows now, for a dry run's suggestions (read-only Cypher on the projection). */
export function graphKnownFacts(driver: Driver, database: string): KnownFacts {
  const read = async (cypher: string, parameters: Record<string, unknown>) =>
    (await driver.executeQuery(cypher, parameters, { database, routing: neo4j.routing.READ }))
      .records;
  return {
    async entities(): Promise<KnownEntity[]> {
      const records = await read(
        `MATCH (n:${LABEL.Entity}) RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases`,
        {},
      );
      return records.map((r) => ({
        id: r.get("id") as string,
        name: r.get("name") as string,
        aliases: r.get("aliases") as string[],
      }));
    },
    async citations(articleIds): Promise<Citation[]> {
      if (articleIds.length === 0) return [];
      // Fact nodes cite their articles; a relation fact keeps its sources and quotes side by side.
      const records = await read(
        `MATCH (a:${LABEL.Article})<-[c:${TYPE.CITES}]-(n) WHERE a.id IN $articleIds
         RETURN n.id AS factId, a.id AS articleId, c.quote AS quote
         UNION ALL
         MATCH ()-[r:${RELATION_TYPES}]->() WHERE any(s IN r.sources WHERE s IN $articleIds)
         UNWIND range(0, size(r.sources) - 1) AS i
         WITH r, i WHERE r.sources[i] IN $articleIds
         RETURN r.id AS factId, r.sources[i] AS articleId, r.quotes[i] AS quote`,
        { articleIds },
      );
      return records.map((r) => ({
        factId: r.get("factId") as string,
        articleId: r.get("articleId") as string,
        quote: r.get("quote") as string,
      }));
    },
    async nearbyStreams(nodeIds): Promise<string[]> {
      if (nodeIds.length === 0) return [];
      const records = await read(
        `CALL () {
           MATCH (a:${LABEL.Fact})-[r:${RELATION_TYPES}]->(b:${LABEL.Fact}) WHERE a.id IN $ids AND b.id IN $ids
           RETURN r.stream AS stream
           UNION
           MATCH (n:${LABEL.Incident}|${LABEL.Statement})-[]->(a:${LABEL.Fact}) WHERE a.id IN $ids
           RETURN n.stream AS stream
         }
         WITH stream WHERE stream IS NOT NULL
         RETURN DISTINCT stream LIMIT $limit`,
        { ids: [...new Set(nodeIds)], limit: neo4j.int(NEARBY_LIMIT) },
      );
      return records.map((r) => r.get("stream") as string);
    },
  };
}
