import type { ManagedTransaction } from "neo4j-driver";
import type {
  FactChanges,
  FactCorrected,
  FactCorroborated,
  FactRetracted,
  NodeRef,
} from "../events/DomainEvent";
import { parseStreamId, type FactCategory } from "../domain/streams";
import type { EventRecord } from "../eventstore/EventRecord";
import { int } from "../neo4j/neo4jValues";
import {
  joinedText,
  validityBounds,
  validityProperties,
  worldTimeBounds,
  worldTimeProperties,
} from "./factProperties";
import { CITES_TYPE, HISTORICAL_TYPE, KIND_LABELS, RETRACTED_LABEL } from "./graphLabels";
import { cite, endRelationships, linkTo } from "./graphWrites";

/** Corroborations, corrections and retractions of facts already in the graph. */

/** Resolves a relation fact's relationship type (it lives in the relation's first event). */
export type RelationTypeLookup = (
  tx: ManagedTransaction,
  stream: string,
) => Promise<string | undefined>;

const NODE_LABEL: Record<Exclude<FactCategory, "article" | "relation">, string> = {
  entity: "Entity",
  incident: "Incident",
  statement: "Statement",
};

/** True when this event is already part of the fact (applying it again must change nothing). */
async function alreadyApplied(
  tx: ManagedTransaction,
  match: string,
  id: string,
  eventId: string,
): Promise<boolean> {
  const result = await tx.run(`${match} RETURN $eventId IN x.eventIds AS applied LIMIT 1`, {
    id,
    eventId,
  });
  return result.records[0]?.get("applied") === true;
}

function target(factId: string): { category: Exclude<FactCategory, "article">; id: string } {
  const parsed = parseStreamId(factId);
  if (!parsed || parsed.category === "article") throw new Error(`not a fact stream: ${factId}`);
  return { category: parsed.category, id: parsed.id };
}

export async function projectFactCorroborated(
  tx: ManagedTransaction,
  record: EventRecord,
  event: FactCorroborated,
  relationTypeOf: RelationTypeLookup,
) {
  const { category, id } = target(event.data.factId);
  const params = {
    id,
    articleId: record.source?.articleId,
    quote: record.source?.quote,
    eventId: record.id,
  };
  const update = `SET x.sources = x.sources + $articleId, x.quotes = x.quotes + $quote,
                      x.quotesText = x.quotesText + ' | ' + $quote, x.eventIds = x.eventIds + $eventId`;
  if (category === "relation") {
    const type = await relationTypeOf(tx, event.data.factId);
    const match = `MATCH ()-[x:${type} {id: $id}]->()`;
    if (type && !(await alreadyApplied(tx, match, id, record.id)))
      await tx.run(`${match} ${update}`, params);
    return;
  }
  const label = NODE_LABEL[category];
  const match = `MATCH (x:${label} {id: $id})`;
  if (await alreadyApplied(tx, match, id, record.id)) return;
  await tx.run(`${match} ${update}`, params);
  await cite(tx, label, id, record);
}

export async function projectFactCorrected(
  tx: ManagedTransaction,
  record: EventRecord,
  event: FactCorrected,
  relationTypeOf: RelationTypeLookup,
) {
  const { category, id } = target(event.data.factId);
  const changes = event.data.changes;
  const position = int(record.position);
  const bookkeeping = { position, eventId: record.id, reason: event.data.reason };
  if (category === "relation") {
    const type = await relationTypeOf(tx, event.data.factId);
    if (!type || (await alreadyApplied(tx, `MATCH ()-[x:${type} {id: $id}]->()`, id, record.id)))
      return;
    // The version being replaced stays in the graph as HISTORICAL, for "as known at" queries.
    await tx.run(
      `MATCH (a)-[r:${type} {id: $id}]->(b)
       CREATE (a)-[h:${HISTORICAL_TYPE}]->(b)
       SET h = properties(r), h.type = type(r), h.knownUntil = $position, h.endedBy = 'corrected',
           h.endedByEvent = $eventId, h.endReason = $reason
       WITH r
       SET r += $properties, r.knownSince = $position, r.correctedAt = r.correctedAt + $position,
           r.eventIds = r.eventIds + $eventId
       FOREACH (_ IN CASE WHEN $hasValidity THEN [1] ELSE [] END |
         SET r.validFromStart = datetime($validFromStart), r.validToEnd = datetime($validToEnd))`,
      {
        id,
        ...bookkeeping,
        properties: scalarChanges(changes),
        hasValidity: changes.validity !== undefined,
        ...validityBounds(changes.validity ?? {}),
      },
    );
    return;
  }
  const label = NODE_LABEL[category];
  if (await alreadyApplied(tx, `MATCH (x:${label} {id: $id})`, id, record.id)) return;
  const bounds = worldTimeBounds(changes.occurredAt);
  await tx.run(
    `MATCH (n:${label} {id: $id})
     SET n += $properties, n.correctedAt = n.correctedAt + $position, n.eventIds = n.eventIds + $eventId
     FOREACH (_ IN CASE WHEN $hasOccurredAt THEN [1] ELSE [] END |
       SET n.occurredFrom = datetime($earliest), n.occurredTo = datetime($latest))`,
    {
      id,
      ...bookkeeping,
      properties: scalarChanges(changes),
      hasOccurredAt: changes.occurredAt !== undefined,
      ...bounds,
    },
  );
  // New links carry the fact's certainty as it stands after this correction.
  const current = await tx.run(`MATCH (n:${label} {id: $id}) RETURN n.certainty AS certainty`, {
    id,
  });
  const certainty = (current.records[0]?.get("certainty") as string | undefined) ?? "asserted";
  const links: [keyof FactChanges, string][] = [
    ["affected", "AFFECTED"],
    ["reportedBy", "REPORTED_BY"],
    ["speakers", "SAID_BY"],
    ["about", "ABOUT"],
    ["carriedBy", "CARRIED_BY"],
  ];
  for (const [field, type] of links) {
    const refs = changes[field] as NodeRef[] | undefined;
    if (refs === undefined) continue;
    const ids = refs.map((ref) => ref.id);
    await endRelationships(
      tx,
      `MATCH (n:${label} {id: $id})-[r:${type}]->(x) WHERE NOT x.id IN $ids`,
      { id, ids },
      record,
      "corrected",
    );
    await linkTo(tx, { label, id }, type, refs, {
      stream: record.stream,
      knownSince: position,
      sources: record.source ? [record.source.articleId] : [],
      quotes: record.source ? [record.source.quote] : [],
      eventIds: [record.id],
      certainty: changes.certainty ?? certainty,
    });
  }
  await cite(tx, label, id, record);
}

/** Corrected values as node or relationship properties (lists of links are handled apart). */
function scalarChanges(changes: FactChanges): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const field of [
    "name",
    "description",
    "title",
    "text",
    "kind",
    "role",
    "certainty",
  ] as const) {
    if (changes[field] !== undefined) properties[field] = changes[field];
  }
  if (changes.aliases !== undefined) {
    properties.aliases = changes.aliases;
    properties.aliasesText = joinedText(changes.aliases);
  }
  if (changes.occurredAt !== undefined)
    Object.assign(properties, worldTimeProperties("occurredAt", changes.occurredAt));
  if (changes.validity !== undefined)
    Object.assign(properties, validityProperties(changes.validity));
  return properties;
}

export async function projectFactRetracted(
  tx: ManagedTransaction,
  record: EventRecord,
  event: FactRetracted,
  relationTypeOf: RelationTypeLookup,
) {
  const { category, id } = target(event.data.factId);
  const params = {
    id,
    position: int(record.position),
    eventId: record.id,
    reason: event.data.reason,
  };
  if (category === "relation") {
    const type = await relationTypeOf(tx, event.data.factId);
    if (!type) return;
    await endRelationships(tx, `MATCH ()-[r:${type} {id: $id}]->()`, { id }, record, "retracted");
    await tx.run(
      `MATCH ()-[h:${HISTORICAL_TYPE} {id: $id}]->() WHERE h.endedByEvent = $eventId SET h.endReason = $reason`,
      params,
    );
    return;
  }
  const label = NODE_LABEL[category];
  // Out of the current graph: the node keeps its properties and history, under another label.
  const dropLabels = category === "entity" ? ["Entity", ...KIND_LABELS].join(":") : label;
  await tx.run(
    `MATCH (n:${label} {id: $id})
     SET n:${RETRACTED_LABEL}, n.knownUntil = $position, n.retractedReason = $reason, n.eventIds = n.eventIds + $eventId
     REMOVE n:${dropLabels}`,
    params,
  );
  if (category === "incident") {
    await tx.run(
      `MATCH (:${RETRACTED_LABEL} {id: $id})-[:HAS_UPDATE]->(u:IncidentUpdate)
       SET u:${RETRACTED_LABEL}, u.knownUntil = $position, u.retractedReason = $reason
       REMOVE u:IncidentUpdate`,
      params,
    );
  }
  // Every relationship the node took part in ends with it (its citations and updates stay).
  await endRelationships(
    tx,
    `MATCH (n:${RETRACTED_LABEL} {id: $id})
     OPTIONAL MATCH (n)-[:HAS_UPDATE]->(u:${RETRACTED_LABEL})
     WITH n, collect(u) AS updates
     WITH [n] + updates AS nodes
     UNWIND nodes AS m
     MATCH (m)-[r]-()
     WHERE NOT type(r) IN $kept`,
    { id, kept: [CITES_TYPE, "HAS_UPDATE", HISTORICAL_TYPE] },
    record,
    "retracted",
  );
}
