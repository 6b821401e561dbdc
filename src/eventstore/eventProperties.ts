import { DateTime, isDateTime, isInt } from "neo4j-driver";
import type { Source } from "../domain/source";
import type { WorldTime } from "../domain/WorldTime";
import type { DomainEvent } from "../catalogue/commands";
import { int, toNumber, toPlain, utcDateTime } from "../neo4j/neo4jValues";
import type { ArchivedEvent } from "./ArchivedEvent";
import type { EventRecord } from "./EventRecord";

/**
 * How an event is kept as an (:Event) node: one property per field, the event's data as JSON.
 * Metadata fields are properties of their own (indexed where they are looked up); the hash of
 * the command that appended the event is kept on the command's first event only.
 */
export function toEventProperties(record: EventRecord, commandHash: string | undefined) {
  return eventNodeProperties(
    record,
    record.event.data,
    commandHash,
    utcDateTime(record.recordedAt),
  );
}

/** What an appended and an archived event have alike, each as the (:Event) node keeps it. */
type LoggedEvent = Pick<
  ArchivedEvent,
  "id" | "position" | "stream" | "revision" | "type" | "schemaVersion" | "metadata"
> & {
  occurredAt?: { value: string; precision: string } | undefined;
  source?: Source | undefined;
};

function eventNodeProperties(
  event: LoggedEvent,
  data: unknown,
  commandHash: string | undefined,
  recordedAt: DateTime<number>,
) {
  return {
    id: event.id,
    position: int(event.position),
    stream: event.stream,
    revision: int(event.revision),
    type: event.type,
    schemaVersion: int(event.schemaVersion),
    data: JSON.stringify(data),
    commandId: event.metadata.commandId,
    commandHash: commandHash ?? null,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    actor: event.metadata.actor,
    occurredAt: event.occurredAt?.value ?? null,
    occurredPrecision: event.occurredAt?.precision ?? null,
    recordedAt,
    sourceArticle: event.source?.articleId ?? null,
    sourceQuote: event.source?.quote ?? null,
    sourceNote: event.source?.note ?? null,
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

/**
 * An (:Event) node's properties as an archived event, checked to convert back to the very same
 * properties, one by one: a backup that could not restore an event exactly (a property this code
 * does not know, data whose JSON is not what JSON.stringify writes, a time in another zone) fails
 * here, at export, rather than at a restore.
 */
export function toArchivedEvent(p: Record<string, unknown>): ArchivedEvent {
  const archived: ArchivedEvent = {
    position: toNumber(p.position),
    id: p.id as string,
    stream: p.stream as string,
    revision: toNumber(p.revision),
    type: p.type as ArchivedEvent["type"],
    schemaVersion: toNumber(p.schemaVersion),
    data: JSON.parse(p.data as string) as Record<string, unknown>,
    metadata: {
      commandId: p.commandId as string,
      correlationId: p.correlationId as string,
      causationId: p.causationId as string,
      actor: p.actor as string,
    },
    ...(typeof p.commandHash === "string" ? { commandHash: p.commandHash } : {}),
    ...(typeof p.occurredAt === "string"
      ? { occurredAt: { value: p.occurredAt, precision: p.occurredPrecision as string } }
      : {}),
    recordedAt: isDateTime(p.recordedAt) ? isoInstant(p.recordedAt) : String(p.recordedAt),
    ...(typeof p.sourceArticle === "string"
      ? {
          source: {
            articleId: p.sourceArticle,
            quote: p.sourceQuote as string,
            ...(typeof p.sourceNote === "string" ? { note: p.sourceNote } : {}),
          },
        }
      : {}),
  };
  const restored: Record<string, unknown> = archivedEventProperties(archived);
  for (const key of new Set([...Object.keys(p), ...Object.keys(restored)])) {
    const stored = p[key] ?? null;
    if (!sameStoredValue(stored, restored[key] ?? null)) {
      throw new Error(
        `the event at position ${archived.position} cannot be archived exactly: its ${key} ${JSON.stringify(toPlain(stored))} would be restored as ${JSON.stringify(toPlain(restored[key]))}`,
      );
    }
  }
  return archived;
}

/** The (:Event) node's properties an archived event is restored to. */
export function archivedEventProperties(event: ArchivedEvent) {
  return eventNodeProperties(event, event.data, event.commandHash, utcInstant(event.recordedAt));
}

/** Two property values as Neo4j would store them (null: no property): strings, integers, times. */
function sameStoredValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isInt(a) && isInt(b)) return a.equals(b);
  if (isDateTime(a) && isDateTime(b)) return a.toString() === b.toString();
  return false;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

/**
 * A stored DateTime in UTC as ISO 8601: to the millisecond, as the log writes it, or to the
 * nanosecond when it holds more (Date would drop them). Another zone stays as Neo4j prints it,
 * and the round-trip check refuses it.
 */
function isoInstant(value: DateTime): string {
  const offset = value.timeZoneOffsetSeconds;
  if (value.timeZoneId || (offset !== undefined && toNumber(offset) !== 0)) return value.toString();
  const pad = (n: unknown, width = 2) => String(toNumber(n)).padStart(width, "0");
  const nanos = toNumber(value.nanosecond);
  const fraction = nanos % 1_000_000 === 0 ? pad(nanos / 1_000_000, 3) : pad(nanos, 9);
  return (
    `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}` +
    `T${pad(value.hour)}:${pad(value.minute)}:${pad(value.second)}.${fraction}Z`
  );
}

/** The inverse of isoInstant, to the nanosecond; anything else as utcDateTime reads it. */
function utcInstant(iso: string): DateTime<number> {
  const match = INSTANT.exec(iso);
  if (!match) return utcDateTime(iso);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const nanosecond = Number((match[7] ?? "").padEnd(9, "0"));
  return new DateTime(year!, month!, day!, hour!, minute!, second!, nanosecond, 0);
}
