import type { Source } from "../domain/source";
import type { WorldTime } from "../domain/WorldTime";
import type { DomainEvent } from "../catalogue/commands";

/** Who asked, and why: carried by every event a command appends. */
export interface EventMetadata {
  commandId: string;
  /** Groups the commands of one piece of work (an article's ingestion); defaults to the command id. */
  correlationId: string;
  /** The command (or event) that caused this one; the command id unless given. */
  causationId: string;
  actor: string;
}

/** An event as stored in the log. */
export interface EventRecord {
  id: string;
  /** Place in the whole log: 1, 2, 3, ... with no gaps. */
  position: number;
  stream: string;
  /** Place in its stream: 1, 2, 3, ... */
  revision: number;
  type: DomainEvent["type"];
  schemaVersion: number;
  event: DomainEvent;
  metadata: EventMetadata;
  /** World time the event speaks of, with its precision. */
  occurredAt: WorldTime | undefined;
  /** When the service learnt it (ISO 8601). */
  recordedAt: string;
  source: Source | undefined;
}

/** What a command appended, kept so a retry with the same command id gets the same answer. */
export interface CommandRecord {
  commandId: string;
  /** Hash of the command's content: the same id with other content is refused. */
  contentHash: string;
  stream: string;
  events: { id: string; position: number; revision: number; type: string }[];
}

/**
 * A stream as the log's writer sees it: its revision, and the snapshot of its state that the
 * last writer left (opaque to the store; its owner says which version of its format it is).
 */
export interface StoredStream {
  revision: number;
  snapshot: string | undefined;
  snapshotVersion: number | undefined;
}

/**
 * What the caller believes about a stream before appending: anything; that it does not exist;
 * that it exists; or that its last event has exactly this revision (0 = no events).
 */
export type ExpectedRevision = "any" | "no_stream" | "stream_exists" | number;

/** Why an expected revision does not hold, or undefined when it does. */
export function revisionMismatch(expected: ExpectedRevision, current: number): string | undefined {
  if (expected === "any") return undefined;
  if (expected === "no_stream") return current === 0 ? undefined : "expected no stream";
  if (expected === "stream_exists") return current > 0 ? undefined : "expected the stream to exist";
  return expected === current ? undefined : `expected revision ${expected}`;
}
