import type { Source } from "../domain/source";
import type { WorldTime } from "../domain/WorldTime";
import type { DomainEvent } from "../events/DomainEvent";
import { int, toNumber, utcDateTime } from "../neo4j/neo4jValues";
import type { EventRecord } from "./EventRecord";

/**
 * How an event is kept as an (:Event) node: one property per field, the event's data as JSON.
 * Metadata fields are properties of their own (indexed where they are looked up); the hash of
 * the command that appended the event is kept on the command's first event only.
 */
export function toEventProperties(record: EventRecord, commandHash: string | undefined) {
  return {
    id: record.id,
    position: int(record.position),
    stream: record.stream,
    revision: int(record.revision),
    type: record.type,
    schemaVersion: int(record.schemaVersion),
    data: JSON.stringify(record.event.data),
    commandId: record.metadata.commandId,
    commandHash: commandHash ?? null,
    correlationId: record.metadata.correlationId,
    causationId: record.metadata.causationId,
    actor: record.metadata.actor,
    occurredAt: record.occurredAt?.value ?? null,
    occurredPrecision: record.occurredAt?.precision ?? null,
    recordedAt: utcDateTime(record.recordedAt),
    sourceArticle: record.source?.articleId ?? null,
    sourceQuote: record.source?.quote ?? null,
    sourceNote: record.source?.note ?? null,
  };
}

/** An (:Event) node's properties (as returned by `e {.*}` or `properties(e)`) as a record. */
export function fromEventProperties(p: Record<string, unknown>): EventRecord {
  const source: Source | undefined =
    p.sourceArticle === null || p.sourceArticle === undefined
      ? undefined
      : {
          articleId: p.sourceArticle as string,
          quote: p.sourceQuote as string,
          ...(p.sourceNote ? { note: p.sourceNote as string } : {}),
        };
  const occurredAt: WorldTime | undefined =
    p.occurredAt === null || p.occurredAt === undefined
      ? undefined
      : { value: p.occurredAt as string, precision: p.occurredPrecision as WorldTime["precision"] };
  const event = { type: p.type, data: JSON.parse(p.data as string) } as DomainEvent;
  if (source && event.type !== "ArticleRegistered") event.source = source;
  return {
    id: p.id as string,
    position: toNumber(p.position),
    stream: p.stream as string,
    revision: toNumber(p.revision),
    type: event.type,
    schemaVersion: toNumber(p.schemaVersion),
    event,
    metadata: {
      commandId: p.commandId as string,
      correlationId: p.correlationId as string,
      causationId: p.causationId as string,
      actor: p.actor as string,
    },
    occurredAt,
    recordedAt: new Date(String(p.recordedAt)).toISOString(),
    source,
  };
}
