import { z } from "zod";
import { CATALOGUE, type DomainEventType } from "../catalogue/commands";
import type { ArchivedEvent } from "../eventstore/ArchivedEvent";

/**
 * A backup of the log: NDJSON, one JSON object per line, each tagged by `kind`. A header first
 * (the format, the range of positions, the version of the projector that exported it, when), then
 * one line per event in position order, with everything needed to restore it exactly, then a
 * trailer: the number of events, the last position and the SHA-256 of the event lines (each with
 * its newline). The checksum covers the events only, so two exports of the same range of the same
 * log have the same checksum whenever they were made: it is the log's checksum over that range.
 * Keys are written in a fixed order and the event's data as stored, so that exporting a restored
 * log gives the same bytes.
 */
export const LOG_ARCHIVE_FORMAT = "iss-knowledge-graph/event-log";
export const LOG_ARCHIVE_FORMAT_VERSION = 1;

export interface ArchiveHeader {
  format: typeof LOG_ARCHIVE_FORMAT;
  formatVersion: number;
  /** The first position the file holds (1 for a whole log; more for a segment that continues one). */
  fromPosition: number;
  /** The last: the log's head when the export began (fromPosition - 1 when there was nothing). */
  toPosition: number;
  /** The projector's version of the code that exported it (PROJECTION_VERSION): for information. */
  projectionVersion: number;
  exportedAt: string;
}

export interface ArchiveTrailer {
  count: number;
  lastPosition: number;
  /** Hex SHA-256 of the event lines, in order, each with its newline. */
  sha256: string;
}

export function headerLine(header: ArchiveHeader): string {
  return `${JSON.stringify({
    kind: "header",
    format: header.format,
    formatVersion: header.formatVersion,
    fromPosition: header.fromPosition,
    toPosition: header.toPosition,
    projectionVersion: header.projectionVersion,
    exportedAt: header.exportedAt,
  })}\n`;
}

export function eventLine(event: ArchivedEvent): string {
  const { metadata, occurredAt, source } = event;
  return `${JSON.stringify({
    kind: "event",
    position: event.position,
    id: event.id,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: {
      commandId: metadata.commandId,
      correlationId: metadata.correlationId,
      causationId: metadata.causationId,
      actor: metadata.actor,
    },
    commandHash: event.commandHash,
    occurredAt: occurredAt && { value: occurredAt.value, precision: occurredAt.precision },
    recordedAt: event.recordedAt,
    source: source && { articleId: source.articleId, quote: source.quote, note: source.note },
  })}\n`;
}

export function trailerLine(trailer: ArchiveTrailer): string {
  return `${JSON.stringify({
    kind: "trailer",
    count: trailer.count,
    lastPosition: trailer.lastPosition,
    sha256: trailer.sha256,
  })}\n`;
}

const position = z.int().min(0);

const headerSchema = z.strictObject({
  kind: z.literal("header"),
  format: z.literal(LOG_ARCHIVE_FORMAT),
  formatVersion: z.int().min(1),
  fromPosition: z.int().min(1),
  toPosition: position,
  projectionVersion: z.int().min(1),
  exportedAt: z.iso.datetime(),
});

const text = z.string().min(1);

const eventSchema = z.strictObject({
  kind: z.literal("event"),
  position: z.int().min(1),
  id: text,
  stream: text,
  revision: z.int().min(1),
  type: z.enum(
    CATALOGUE.events.map((event) => event.type) as [DomainEventType, ...DomainEventType[]],
  ),
  schemaVersion: z.int().min(1),
  // Kept as parsed (not copied): its keys' order is what the data's stored JSON had.
  data: z.custom<Record<string, unknown>>(
    (value) => typeof value === "object" && value !== null && !Array.isArray(value),
    "the event's data must be a JSON object",
  ),
  metadata: z.strictObject({
    commandId: text,
    correlationId: text,
    causationId: text,
    actor: text,
  }),
  commandHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "a SHA-256 in hex")
    .optional(),
  occurredAt: z
    .strictObject({ value: text, precision: z.enum(["year", "month", "day", "instant"]) })
    .optional(),
  recordedAt: z.iso.datetime(),
  source: z
    .strictObject({ articleId: text, quote: z.string(), note: z.string().optional() })
    .optional(),
});

const trailerSchema = z.strictObject({
  kind: z.literal("trailer"),
  count: position,
  lastPosition: position,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 in hex"),
});

export type ArchiveLine =
  | ({ kind: "header" } & ArchiveHeader)
  | ({ kind: "event" } & ArchivedEvent)
  | ({ kind: "trailer" } & ArchiveTrailer);

/** Why a line is not a line of the archive, or the line's content. */
export function parseArchiveLine(line: string): ArchiveLine | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `not JSON (${(error as Error).message})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { error: "not a JSON object" };
  const kind = (value as { kind?: unknown }).kind;
  if (kind === "event") {
    const type = (value as { type?: unknown }).type;
    if (typeof type === "string" && !CATALOGUE.events.some((event) => event.type === type))
      return { error: `unknown event type "${type}"` };
    const parsed = eventSchema.safeParse(value);
    if (!parsed.success) return { error: describe(parsed.error) };
    const { kind: _kind, ...event } = parsed.data;
    const known = CATALOGUE.schemaVersion(event.type);
    if (event.schemaVersion > known) {
      return {
        error: `${event.type} of schema version ${event.schemaVersion}: this code knows up to version ${known} (a newer service exported it)`,
      };
    }
    return { kind: "event", ...withoutUndefined(event) };
  }
  if (kind === "header") {
    const version = (value as { formatVersion?: unknown }).formatVersion;
    if (typeof version === "number" && version > LOG_ARCHIVE_FORMAT_VERSION) {
      return {
        error: `format version ${version}: this code reads version ${LOG_ARCHIVE_FORMAT_VERSION}`,
      };
    }
    const parsed = headerSchema.safeParse(value);
    return parsed.success ? parsed.data : { error: describe(parsed.error) };
  }
  if (kind === "trailer") {
    const parsed = trailerSchema.safeParse(value);
    return parsed.success ? parsed.data : { error: describe(parsed.error) };
  }
  return { error: `"kind" must be "header", "event" or "trailer", not ${JSON.stringify(kind)}` };
}

/** The first problem zod found, with where: "metadata.actor: Too small ...". */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  return issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}

/** Optional fields zod filled in as undefined are left out, as the exporter leaves them. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
