import type { DomainEventType } from "../catalogue/commands";
import type { EventMetadata } from "./EventRecord";

/**
 * An event exactly as the log keeps it, as plain JSON: what a backup holds. Unlike an EventRecord
 * read for use, it is never upcast (an event of an older schema version stays as it was written)
 * and it carries the hash of the command that appended it (kept on the command's first event
 * only), so that a restored log answers a retried command id as the original did.
 */
export interface ArchivedEvent {
  position: number;
  id: string;
  stream: string;
  revision: number;
  type: DomainEventType;
  schemaVersion: number;
  /** The event's data, as stored (parsed from its JSON). */
  data: Record<string, unknown>;
  metadata: EventMetadata;
  commandHash?: string;
  occurredAt?: { value: string; precision: string };
  /** ISO 8601 in UTC, to the millisecond (or the nanosecond, when stored so). */
  recordedAt: string;
  source?: { articleId: string; quote: string; note?: string };
}
