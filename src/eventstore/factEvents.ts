/* The statements of a fact's events, read in pages (EventLogReader.factEvents, streamHeads). */

/** Which of a fact's events, from where, how many (EventLogReader.factEvents). */
export interface FactEventsPage {
  /** The position to read after (0: from the first). */
  after: number;
  limit: number;
  /** Only the events that cite a source (an article and its sentence). */
  sourced?: boolean;
}

/**
 * A fact's events (of any of its streams $streams), or only its sourced ones, as `e`: sought on
 * the streams' index (stream, revision), whatever the planner makes of a small log, where a walk
 * of the positions' index after $after looks as cheap and in a large one reads the whole log.
 */
const FACT_EVENTS = `MATCH (e:Event) USING INDEX e:Event(stream, revision)
  WHERE e.stream IN $streams AND e.revision IS NOT NULL
    AND ($sourced = false OR e.sourceArticle IS NOT NULL)`;

/**
 * A page of a fact's events: after the position $after, oldest first, at most $limit. Sought on
 * the stream's index; the $limit first are kept as they are read (a top-k sort).
 */
export const FACT_EVENTS_PAGE = `${FACT_EVENTS} AND e.position > $after
WITH e ORDER BY e.position LIMIT $limit
RETURN e {.*} AS e`;

/** How many events a fact's pages hold, in `total`. */
export const FACT_EVENTS_COUNT = `${FACT_EVENTS} RETURN count(e) AS total`;

/**
 * The first $limit events of each stream of $streams, in revision order: whole histories of a
 * page of nodes in one query, each read no further than the bound its reader set.
 */
export const STREAM_HEADS = `UNWIND $streams AS stream
CALL (stream) {
  MATCH (e:Event {stream: stream})
  WITH e ORDER BY e.revision LIMIT $limit
  RETURN e
}
RETURN e {.*} AS e`;
