import type { ManagedTransaction } from "neo4j-driver";
import type { NodeRef } from "../events/DomainEvent";
import type { EventRecord } from "../eventstore/EventRecord";
import { int } from "../neo4j/neo4jValues";
import { assertRelationshipType, HISTORICAL_TYPE } from "./graphLabels";

/** Cypher shared by the projection's handlers. Labels and types come from graphLabels only. */

/** Links a fact node to the article it cites, keeping the quote on the relationship. */
export async function cite(
  tx: ManagedTransaction,
  label: string,
  nodeId: string,
  record: EventRecord,
): Promise<void> {
  await citeAll(tx, label, [{ nodeId, record }]);
}

/** Links fact nodes to the articles they cite, keeping each quote on its relationship. */
export async function citeAll(
  tx: ManagedTransaction,
  label: string,
  items: readonly { nodeId: string; record: EventRecord }[],
): Promise<void> {
  const citations = items
    .filter(({ record }) => record.source)
    .map(({ nodeId, record }) => ({
      nodeId,
      articleId: record.source!.articleId,
      eventId: record.id,
      quote: record.source!.quote,
      note: record.source!.note ?? null,
      position: int(record.position),
    }));
  if (citations.length === 0) return;
  await tx.run(
    `UNWIND $citations AS c
     MATCH (n:${label} {id: c.nodeId}) MATCH (a:Article {id: c.articleId})
     MERGE (n)-[r:CITES {eventId: c.eventId}]->(a)
     ON CREATE SET r.quote = c.quote, r.note = c.note, r.knownSince = c.position`,
    { citations },
  );
}

/** The id of a link a fact node makes to another node (an incident AFFECTED a module). */
export function linkId(fromId: string, type: string, toId: string): string {
  return `${fromId}--${type.toLowerCase().replace(/_/g, "-")}--${toId}`;
}

/**
 * Creates typed links from one node to several, each carrying the given properties. The type
 * (allow-listed) is a parameter of APOC's MERGE, so one query plan serves every type.
 */
export async function linkTo(
  tx: ManagedTransaction,
  from: { label: string; id: string },
  type: string,
  targets: readonly NodeRef[],
  properties: Record<string, unknown>,
): Promise<void> {
  if (targets.length === 0) return;
  await tx.run(
    `MATCH (a:${from.label} {id: $fromId})
     UNWIND $ids AS id
     MATCH (b) WHERE b.id = id AND (b:Entity OR b:Incident OR b:Statement)
     CALL apoc.merge.relationship(a, $type, {id: $fromId + '--' + $slug + '--' + id}, $properties, b, {})
       YIELD rel
     RETURN count(rel) AS linked`,
    {
      fromId: from.id,
      ids: targets.map((t) => t.id),
      type: assertRelationshipType(type),
      slug: type.toLowerCase().replace(/_/g, "-"),
      properties,
    },
  );
}

/**
 * Ends relationships: each becomes a HISTORICAL relationship between the same nodes, with all
 * its properties, its former type, and when and why it ended; the typed one is deleted.
 * `where` selects them by a Cypher predicate over r (relationship) and n (the node matched).
 */
export async function endRelationships(
  tx: ManagedTransaction,
  match: string,
  params: Record<string, unknown>,
  record: EventRecord,
  endedBy: "retracted" | "corrected",
): Promise<void> {
  await tx.run(
    `${match}
     WITH DISTINCT r, startNode(r) AS a, endNode(r) AS b
     CREATE (a)-[h:${HISTORICAL_TYPE}]->(b)
     SET h = properties(r), h.type = type(r), h.knownUntil = $position, h.endedBy = $endedBy,
         h.endedByEvent = $eventId
     DELETE r`,
    { ...params, position: int(record.position), endedBy, eventId: record.id },
  );
}
