import type { EventRecord } from "./EventRecord";

/* The statements and the shape of "what changed since a position" (EventLogReader.streamChanges). */

/** The log's head: the position of its last event, 0 when it is empty. */
export const HEAD =
  "OPTIONAL MATCH (l:EventLog {id: 'main'}) RETURN coalesce(l.position, 0) AS position";

/**
 * The events in (after, until] that are their stream's last up to the head, in position order:
 * a range seek on the position's index, then each event's successor sought on (stream, revision).
 */
export const LAST_CHANGES = `MATCH (e:Event) WHERE e.position > $after AND e.position <= $until
WITH e ORDER BY e.position
OPTIONAL MATCH (next:Event {stream: e.stream, revision: e.revision + 1})
WITH e, next WHERE next IS NULL OR next.position > $head
WITH e ORDER BY e.position LIMIT $limit
RETURN e {.*} AS e`;

/** A page of the streams changed after a position, each once, by the position of its last change. */
export interface StreamChanges {
  /** The log's head when the page was read: each stream's last change is its last up to it. */
  head: number;
  /** Each stream's last event up to the head, when it falls within the page, in position order. */
  lastEvents: EventRecord[];
  /** The position of the first event of each stream listed: whether it began after a position. */
  firstPositions: Map<string, number>;
  /** The last position the page covers: the next one starts after it. */
  through: number;
}
