import { CATALOGUE, type DomainEvent } from "../../src/catalogue/commands";
import type { NodeRef } from "../../src/domain/NodeRef";
import type { EventRecord } from "../../src/eventstore/EventRecord";

/* Events of a small article, as the projection's specs give them (projectionHandlers.test.ts). */

export const ARTICLE = "a";
export const TEXT = "NASA and Roscosmos run the station. Zvezda leaked. Later it leaked more.";
export const source = (quote: string) => ({ articleId: ARTICLE, quote });
export const ref = (id: string, kind: NodeRef["kind"]): NodeRef => ({ id, kind });

export const article: DomainEvent = {
  type: "ArticleRegistered",
  data: {
    articleId: ARTICLE,
    title: "T",
    publisher: "P",
    publishedOn: "2024-02-29",
    text: TEXT,
    textSha256: "0".repeat(64),
  },
};
export const entity = (id: string, kind: NodeRef["kind"] & string, name: string): DomainEvent => ({
  type: "EntityRegistered",
  data: { entityId: id, kind: kind as never, name, aliases: [], certainty: "asserted" },
  source: source(name),
});
export const nasa = entity("nasa", "Agency", "NASA");
export const roscosmos = entity("roscosmos", "Agency", "Roscosmos");
export const zvezda = entity("zvezda", "Module", "Zvezda");
export const station = entity("iss", "Station", "station");
export const partOf: DomainEvent = {
  type: "EntitiesLinked",
  data: {
    relationId: "zvezda-part-of-iss",
    relation: "PART_OF",
    from: ref("zvezda", "Module"),
    to: ref("iss", "Station"),
    validity: { from: { value: "2000-07", precision: "month" } },
    certainty: "asserted",
  },
  source: source("Zvezda"),
};
export const leak: DomainEvent = {
  type: "IncidentReported",
  data: {
    incidentId: "leak",
    kind: "AIR_LEAK",
    title: "Leak",
    occurredAt: { value: "2020-08", precision: "month" },
    affected: [ref("zvezda", "Module")],
    reportedBy: [ref("roscosmos", "Agency")],
    certainty: "asserted",
  },
  source: source("Zvezda leaked"),
};
/** The small article's events before any later source changes them, in log order. */
export const smallArticleEvents = [article, nasa, roscosmos, zvezda, station, partOf, leak];
export const partOfRelation = {
  type: "PART_OF" as const,
  from: ref("zvezda", "Module"),
  to: ref("iss", "Station"),
};

export function records(events: readonly DomainEvent[], from = 1): EventRecord[] {
  return events.map((event, i) => {
    const position = from + i;
    const d = event.data as Record<string, unknown>;
    const stream =
      "factId" in d
        ? (d.factId as string)
        : event.type === "ArticleRegistered"
          ? `article-${event.data.articleId}`
          : event.type === "EntityRegistered"
            ? `entity-${event.data.entityId}`
            : event.type === "EntitiesLinked"
              ? `relation-${event.data.relationId}`
              : event.type === "StatementRecorded"
                ? `statement-${event.data.statementId}`
                : `incident-${d.incidentId as string}`;
    return {
      id: `event-${position}`,
      position,
      stream,
      revision: 1,
      type: event.type,
      schemaVersion: CATALOGUE.schemaVersion(event.type),
      event,
      metadata: { commandId: `c${position}`, correlationId: "x", causationId: "x", actor: "spec" },
      occurredAt: CATALOGUE.occurredAt(event),
      recordedAt: "2024-03-01T00:00:00.000Z",
      source: "source" in event ? event.source : undefined,
    };
  });
}
