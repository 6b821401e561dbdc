import type {
  Applied,
  EventShape,
  ProjectedRecord,
  SetProjection,
  Statement,
} from "../catalogue/CommandDefinition";
import type { NodeRef } from "../catalogue/facts";
import { KEEP_PLAN } from "../eventstore/CypherRunner";
import type { WorldTime } from "../domain/WorldTime";
import { int } from "../neo4j/neo4jValues";
import { FACT_LABEL, LABEL } from "../graph/graphLabels";
import { assertRelationshipType, TYPE } from "../graph/relationshipTypes";
import { provenance, worldTimeBounds, worldTimeProperties } from "./factProperties";

/**
 * Cypher shared by the projection's handlers. Every statement takes a list of rows (UNWIND),
 * matches nodes by label and indexed id, and takes relationship types as values (dynamic types,
 * allow-listed before they are sent). Names written into the text come from src/graph only.
 */

/** A typed link between two fact nodes, with the properties it is created with. */
export interface LinkRow {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/** The id of a link a fact node makes to another node (an incident AFFECTED a module). */
export function linkId(fromId: string, type: string, toId: string): string {
  return `${fromId}--${type.toLowerCase().replace(/_/g, "-")}--${toId}`;
}

/** Links from one node to several targets, each with the same properties. */
export function linksFrom(
  from: { id: string },
  type: string,
  targets: readonly NodeRef[],
  properties: Record<string, unknown>,
): LinkRow[] {
  return targets.map((target) => ({
    id: linkId(from.id, type, target.id),
    type: assertRelationshipType(type),
    from: from.id,
    to: target.id,
    properties,
  }));
}

/**
 * The statement creating links (none when there are none). CREATE, not MERGE: the projection
 * applies each event exactly once (its checkpoint moves in the same transaction), and a MERGE on
 * a dynamic type expands every relationship between the two ends to look for one that cannot be
 * there.
 */
export function linkStatements(links: readonly LinkRow[]): Statement[] {
  if (links.length === 0) return [];
  for (const link of links) assertRelationshipType(link.type);
  return [
    {
      text: `${KEEP_PLAN} UNWIND $links AS l
       MATCH (a:${FACT_LABEL} {id: l.from})
       MATCH (b:${FACT_LABEL} {id: l.to})
       CREATE (a)-[r:$(l.type)]->(b)
       SET r = l.properties, r.id = l.id`,
      parameters: { links },
    },
  ];
}

/** A fact node's citation of its article: the quote stays on the relationship. */
export function citationOf(nodeId: string, record: ProjectedRecord) {
  return {
    nodeId,
    articleId: record.source?.articleId ?? null,
    eventId: record.id,
    quote: record.source?.quote ?? null,
    note: record.source?.note ?? null,
    position: int(record.position),
  };
}

/**
 * Cypher, in a row holding node `n` and a citation `c`: n CITES its article with the quote. Only
 * where the event is applied for the first time (new facts; lifecycle events check eventIds).
 */
export const CITE = `MATCH (article:${LABEL.Article} {id: c.articleId})
       CREATE (n)-[cites:${TYPE.CITES} {eventId: c.eventId}]->(article)
       SET cites.quote = c.quote, cites.note = c.note, cites.knownSince = c.position`;

/** A row of newFactNodes: one new fact node, with its provenance, world time and citation. */
export interface FactNodeRow {
  id: string;
  earliest: string | null;
  latest: string | null;
  properties: Record<string, unknown>;
  citation: ReturnType<typeof citationOf>;
}

/**
 * The row of the node a fact's first event makes: its own properties, with the event's
 * provenance and the fact's world time (`occurredAt`, none for an entity) added.
 */
export function factNodeRow(
  record: ProjectedRecord,
  id: string,
  properties: Record<string, unknown>,
  occurredAt?: WorldTime,
): FactNodeRow {
  return {
    id,
    ...worldTimeBounds(occurredAt),
    properties: {
      ...provenance(record),
      ...properties,
      ...worldTimeProperties("occurredAt", occurredAt),
    },
    citation: citationOf(id, record),
  };
}

/**
 * The statement making new fact nodes of one label from their rows: each MERGEd by its id, a
 * Fact, with its properties and world-time bounds set once, citing its article. `around` adds
 * Cypher before the MERGE (matching what the node hangs from, by the row) and after it (in a
 * row holding `n`).
 */
export function newFactNodes(
  label: (typeof LABEL)[keyof typeof LABEL],
  rows: readonly FactNodeRow[],
  around: { before?: string; after?: string } = {},
): Statement {
  return {
    text: `${KEEP_PLAN} UNWIND $rows AS row
       ${around.before ?? ""}
       MERGE (n:${label} {id: row.id})
       ON CREATE SET n:${FACT_LABEL}, n += row.properties,
                     n.occurredFrom = datetime(row.earliest), n.occurredTo = datetime(row.latest)
       ${around.after ?? ""}
       WITH n, row.citation AS c
       ${CITE}`,
    parameters: { rows },
  };
}

/**
 * The projection of an event that states new facts of one label (an entity, an incident, a
 * statement...): every new node of the batch first (`node` gives its row, `around` what it hangs
 * from), then the links from them, then any `more` statements. Set-based: one statement per part
 * for the whole batch, so a fact may link to another stated in the same batch.
 */
export function newFactProjection<E extends EventShape>(declaration: {
  creates: keyof typeof LABEL;
  needs: readonly (keyof typeof LABEL)[];
  node(applied: Applied<E>): FactNodeRow;
  around?: { before?: string; after?: string };
  links?(applied: Applied<E>): LinkRow[];
  more?(events: readonly Applied<E>[]): Statement[];
}): SetProjection<E> {
  const { creates, node, around, links, more } = declaration;
  return {
    kind: "set",
    creates: [creates],
    needs: declaration.needs,
    statements: (events) => [
      newFactNodes(LABEL[creates], events.map(node), around),
      ...linkStatements(links ? events.flatMap(links) : []),
      ...(more?.(events) ?? []),
    ],
  };
}

/** A relation fact's ends and type as row values, for matchRelation. */
export function relationKey(relation: { type: string; from: NodeRef; to: NodeRef }) {
  return {
    type: assertRelationshipType(relation.type),
    from: relation.from.id,
    to: relation.to.id,
  };
}

/**
 * Cypher binding `r` (and its ends a, b) to the current relationship of a relation fact, from
 * a row variable holding {id, relation: relationKey(...)}: its ends by index (an entity merged
 * into another stands for the survivor), then the relationship between them.
 */
export function matchRelation(row: string): string {
  // An end that was merged into another entity stands for it: the relationship moved there.
  return `MATCH (a0:${FACT_LABEL} {id: ${row}.relation.from})
       MATCH (b0:${FACT_LABEL} {id: ${row}.relation.to})
       WITH * LIMIT 1
       MATCH (a0)-[:${TYPE.MERGED_INTO}*0..16]->(a) WHERE NOT a:${LABEL.Merged}
       MATCH (b0)-[:${TYPE.MERGED_INTO}*0..16]->(b) WHERE NOT b:${LABEL.Merged}
       MATCH (a)-[r]->(b) WHERE r.id = ${row}.id AND type(r) = ${row}.relation.type`;
}

/**
 * Cypher, in a row holding relationship `r`: r becomes a HISTORICAL relationship between the
 * same nodes, with all its properties, its former type, and when and why it ended (values are
 * Cypher expressions over the row); the typed one is deleted.
 */
export function endRelationship(end: {
  position: string;
  eventId: string;
  endedBy: string;
  reason?: string;
}): string {
  return `WITH r, startNode(r) AS start, endNode(r) AS end, ${end.position} AS endedAt,
              ${end.eventId} AS endedByEvent, ${end.reason ?? "null"} AS endReason
         CREATE (start)-[h:${TYPE.HISTORICAL}]->(end)
         SET h = properties(r), h.type = type(r), h.knownUntil = endedAt,
             h.endedBy = ${end.endedBy}, h.endedByEvent = endedByEvent, h.endReason = endReason
         DELETE r`;
}
