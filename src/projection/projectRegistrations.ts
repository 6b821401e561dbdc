import type { ManagedTransaction } from "neo4j-driver";
import type {
  ArticleRegistered,
  EntitiesLinked,
  EntityRegistered,
  IncidentReported,
  IncidentUpdateRecorded,
  StatementRecorded,
} from "../events/DomainEvent";
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
import { assertRelationshipType, labelsOf } from "./graphLabels";
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

/**
 * Entity registrations, in one statement (an article brings many at once). The kind label comes
 * from the allow-list and is set by APOC as a parameter, so one query plan serves every kind.
 */
export async function projectEntitiesRegistered(
  tx: ManagedTransaction,
  items: readonly { record: EventRecord; event: EntityRegistered }[],
) {
  await tx.run(
    `UNWIND $entities AS e
     MERGE (n:Entity {id: e.id})
     ON CREATE SET n += e.properties
     WITH n, e
     CALL apoc.create.addLabels(n, [e.label]) YIELD node
     RETURN count(node) AS registered`,
    {
      entities: items.map(({ record, event }) => {
        const { entityId, kind, name, aliases, description, certainty } = event.data;
        const [, label] = labelsOf(kind);
        return {
          id: entityId,
          label,
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

/** Relations, in one statement: their types (allow-listed) are parameters of APOC's MERGE. */
export async function projectEntitiesLinked(
  tx: ManagedTransaction,
  items: readonly { record: EventRecord; event: EntitiesLinked }[],
) {
  if (items.length === 0) return;
  await tx.run(
    `UNWIND $relations AS rel
     MATCH (a) WHERE a.id = rel.from AND (a:Entity OR a:Incident OR a:Statement)
     MATCH (b) WHERE b.id = rel.to AND (b:Entity OR b:Incident OR b:Statement)
     CALL apoc.merge.relationship(a, rel.type, {id: rel.id}, rel.properties, b, {}) YIELD rel AS r
     RETURN count(r) AS linked`,
    {
      relations: items.map(({ record, event }) => {
        const { relationId, relation, from, to, validity, role, certainty } = event.data;
        return {
          id: relationId,
          type: assertRelationshipType(relation),
          from: from.id,
          to: to.id,
          properties: {
            ...provenance(record),
            ...validityProperties(validity),
            ...validityBounds(validity),
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
  const type = record.event.type;
  return type === "EntityRegistered" || type === "EntitiesLinked" ? type : undefined;
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
