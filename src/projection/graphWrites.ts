import type { ManagedTransaction } from "neo4j-driver";
import type { NodeRef } from "../events/DomainEvent";
import type { EventRecord } from "../eventstore/EventRecord";
import { int } from "../neo4j/neo4jValues";
import { assertRelationshipType, HISTORICAL_TYPE, lookupLabel } from "./graphLabels";

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

/** Creates typed links from one node to several, each carrying the given properties. */
export async function linkTo(
  tx: ManagedTransaction,
  from: { label: string; id: string },
  type: string,
  targets: readonly NodeRef[],
  properties: Record<string, unknown>,
): Promise<void> {
  assertRelationshipType(type);
  const byLabel = new Map<string, string[]>();
  for (const target of targets) {
    const label = lookupLabel(target.kind);
    byLabel.set(label, [...(byLabel.get(label) ?? []), target.id]);
  }
  for (const [label, ids] of byLabel) {
    await tx.run(
      `MATCH (a:${from.label} {id: $fromId})
       UNWIND $ids AS id
       MATCH (b:${label} {id: id})
       MERGE (a)-[r:${type} {id: $fromId + '--' + $slug + '--' + id}]->(b)
       ON CREATE SET r += $properties`,
      { fromId: from.id, ids, slug: type.toLowerCase().replace(/_/g, "-"), properties },
    );
  }
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
