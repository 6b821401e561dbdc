import type { ManagedTransaction } from "neo4j-driver";
import type {
  ArticleRegistered,
  EntitiesLinked,
  EntityRegistered,
  IncidentReported,
  IncidentUpdateRecorded,
  StatementRecorded,
} from "../events/DomainEvent";
import type { EntityKind } from "../domain/nodeKinds";
import type { EventRecord } from "../eventstore/EventRecord";
import { int } from "../neo4j/neo4jValues";
import {
  joinedText,
  provenance,
  validityBounds,
  validityProperties,
  worldTimeBounds,
  worldTimeProperties,
} from "./factProperties";
import { labelsOf, lookupLabel } from "./graphLabels";
import { cite, citeAll, linkTo } from "./graphWrites";

/** Events that bring a fact into the graph: each MERGEs by id, so applying one twice changes nothing. */

export async function projectArticleRegistered(
  tx: ManagedTransaction,
  record: EventRecord,
  event: ArticleRegistered,
) {
  const { articleId, publishedOn, ...rest } = event.data;
  await tx.run(
    `MERGE (a:Article {id: $id})
     ON CREATE SET a += $properties, a.publishedOn = date($publishedOn)`,
    {
      id: articleId,
      publishedOn,
      properties: {
        title: rest.title,
        publisher: rest.publisher,
        url: rest.url ?? null,
        dateline: rest.dateline ?? null,
        text: rest.text,
        textSha256: rest.textSha256,
        stream: record.stream,
        knownSince: int(record.position),
        eventIds: [record.id],
      },
    },
  );
}

/** Entity registrations of one kind, in one statement (an article brings many at once). */
export async function projectEntitiesRegistered(
  tx: ManagedTransaction,
  kind: EntityKind,
  items: readonly { record: EventRecord; event: EntityRegistered }[],
) {
  const [, kindLabel] = labelsOf(kind);
  await tx.run(
    `UNWIND $entities AS e
     MERGE (n:Entity {id: e.id})
     ON CREATE SET n:${kindLabel}, n += e.properties`,
    {
      entities: items.map(({ record, event }) => {
        const { entityId, name, aliases, description, certainty } = event.data;
        return {
          id: entityId,
          properties: {
            ...provenance(record),
            kind,
            name,
            aliases,
            aliasesText: joinedText(aliases),
            description: description ?? null,
            certainty,
          },
        };
      }),
    },
  );
  await citeAll(
    tx,
    "Entity",
    items.map(({ record, event }) => ({ nodeId: event.data.entityId, record })),
  );
}

/** Relations of one type between the same labels, in one statement. */
export async function projectEntitiesLinked(
  tx: ManagedTransaction,
  items: readonly { record: EventRecord; event: EntitiesLinked }[],
) {
  const first = items[0]?.event.data;
  if (!first) return;
  await tx.run(
    `UNWIND $relations AS rel
     MATCH (a:${lookupLabel(first.from.kind)} {id: rel.from}) MATCH (b:${lookupLabel(first.to.kind)} {id: rel.to})
     MERGE (a)-[r:${first.relation} {id: rel.id}]->(b)
     ON CREATE SET r += rel.properties, r.validFromStart = datetime(rel.validFromStart),
                   r.validToEnd = datetime(rel.validToEnd)`,
    {
      relations: items.map(({ record, event }) => {
        const { relationId, from, to, validity, role, certainty } = event.data;
        return {
          id: relationId,
          from: from.id,
          to: to.id,
          ...validityBounds(validity),
          properties: {
            ...provenance(record),
            ...validityProperties(validity),
            role: role ?? null,
            certainty,
          },
        };
      }),
    },
  );
}

/** Events that the projector may apply together in one statement: consecutive, same key. */
export function batchKey(record: EventRecord): string | undefined {
  const event = record.event;
  if (event.type === "EntityRegistered") return `entity:${event.data.kind}`;
  if (event.type === "EntitiesLinked") {
    const { relation, from, to } = event.data;
    return `relation:${relation}:${lookupLabel(from.kind)}:${lookupLabel(to.kind)}`;
  }
  return undefined;
}

/** What an incident's or statement's links carry: the provenance of the fact that made them. */
function linkProperties(record: EventRecord, certainty: string) {
  const { stream, knownSince, sources, quotes, eventIds } = provenance(record);
  return { stream, knownSince, sources, quotes, eventIds, certainty };
}

export async function projectIncidentReported(
  tx: ManagedTransaction,
  record: EventRecord,
  event: IncidentReported,
) {
  const { incidentId, kind, title, description, occurredAt, affected, reportedBy, certainty } =
    event.data;
  const bounds = worldTimeBounds(occurredAt);
  await tx.run(
    `MERGE (i:Incident {id: $id})
     ON CREATE SET i += $properties, i.occurredFrom = datetime($earliest), i.occurredTo = datetime($latest)`,
    {
      id: incidentId,
      ...bounds,
      properties: {
        ...provenance(record),
        kind,
        title,
        description: description ?? null,
        ...worldTimeProperties("occurredAt", occurredAt),
        certainty,
      },
    },
  );
  const from = { label: "Incident", id: incidentId };
  await linkTo(tx, from, "AFFECTED", affected, linkProperties(record, certainty));
  await linkTo(tx, from, "REPORTED_BY", reportedBy, linkProperties(record, certainty));
  await cite(tx, "Incident", incidentId, record);
}

export function incidentUpdateNodeId(incidentId: string, updateId: string): string {
  return `${incidentId}/${updateId}`;
}

export async function projectIncidentUpdateRecorded(
  tx: ManagedTransaction,
  record: EventRecord,
  event: IncidentUpdateRecorded,
) {
  const d = event.data;
  const id = incidentUpdateNodeId(d.incidentId, d.updateId);
  const bounds = worldTimeBounds(d.occurredAt);
  await tx.run(
    `MATCH (i:Incident {id: $incidentId})
     MERGE (u:IncidentUpdate {id: $id})
     ON CREATE SET u += $properties, u.occurredFrom = datetime($earliest), u.occurredTo = datetime($latest)
     MERGE (i)-[h:HAS_UPDATE {id: $id}]->(u)
     ON CREATE SET h.knownSince = $position`,
    {
      incidentId: d.incidentId,
      id,
      position: int(record.position),
      ...bounds,
      properties: {
        ...provenance(record),
        incidentId: d.incidentId,
        updateId: d.updateId,
        kind: d.kind,
        description: d.description,
        ...worldTimeProperties("occurredAt", d.occurredAt),
        cause: d.cause ?? null,
        ruledOut: d.ruledOut ?? null,
        likelihood: d.likelihood ?? null,
        certainty: d.certainty,
      },
    },
  );
  await linkTo(
    tx,
    { label: "IncidentUpdate", id },
    "REPORTED_BY",
    d.reportedBy,
    linkProperties(record, d.certainty),
  );
  await cite(tx, "IncidentUpdate", id, record);
}

export async function projectStatementRecorded(
  tx: ManagedTransaction,
  record: EventRecord,
  event: StatementRecorded,
) {
  const d = event.data;
  const bounds = worldTimeBounds(d.occurredAt);
  await tx.run(
    `MERGE (s:Statement {id: $id})
     ON CREATE SET s += $properties, s.occurredFrom = datetime($earliest), s.occurredTo = datetime($latest)`,
    {
      id: d.statementId,
      ...bounds,
      properties: {
        ...provenance(record),
        kind: d.kind,
        text: d.text,
        speakerDescription: d.speakerDescription ?? null,
        ...worldTimeProperties("occurredAt", d.occurredAt),
        certainty: d.certainty,
      },
    },
  );
  const from = { label: "Statement", id: d.statementId };
  const props = linkProperties(record, d.certainty);
  await linkTo(tx, from, "SAID_BY", d.speakers, props);
  await linkTo(tx, from, "ABOUT", d.about, props);
  await linkTo(tx, from, "CARRIED_BY", d.carriedBy, props);
  await cite(tx, "Statement", d.statementId, record);
}
