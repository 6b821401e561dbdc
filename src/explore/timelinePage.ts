import { kindIn } from "./graphShapes";
import { LABEL } from "../graph/graphLabels";
import { UNDATED, UNDATED_CYPHER } from "../projection/timelineEntries";
import {
  afterKey,
  encodeCursor,
  instantColumn,
  keyParameter,
  type Connection,
  type KeyColumn,
  toPage,
  type KeyShape,
  type ListFilter,
  type Page,
  type PageRequest,
  type SortKey,
} from "./pageCursor";
import {
  EARLIEST,
  KIND_RANK_CYPHER,
  LATEST,
  markOrderCertainty,
  reportedSince,
  timelineColumns,
  timelineNodes,
  toEntry,
  type TimelineEntry,
  type TimelineRow,
} from "./timeline";

/*
 * The timeline in pages (timelineConnection). One total order: by the last instant an entry may
 * mean, then its first, then incidents before updates before statements, then id; the undated
 * after every dated entry (nulls last, as Cypher sorts them). The key of an entry is those four
 * values, the instants as Cypher writes them (toString of a datetime: exact to the nanosecond).
 */

/** The key's shape: latest and earliest (null for the undated), the kind's rank, the id. */
export const TIMELINE_KEY: KeyShape = ["string?", "string?", "number", "string"];

/** Strictly after the cursor's key ($after: [latest, earliest, rank, id]), in the order above. */
const AFTER_CURSOR = afterKey([instantColumn("latest"), instantColumn("earliest"), "rank", "n.id"]);

/**
 * A page of the timeline: the entries after $after, $limit of them (one more than the page, to
 * tell whether there is a next one), each with its sort key's instants as Cypher writes them.
 * Neo4j keeps the $limit smallest keys as it goes (a top-k sort), not the whole list sorted.
 */
export function timelinePageCypher(about: boolean): string {
  return `${timelineNodes(about)}
     WITH n, ${kindIn("n")} AS kind
     WITH n, kind, ${LATEST} AS latest, ${EARLIEST} AS earliest
     WITH n, kind, latest, earliest, ${KIND_RANK_CYPHER} AS rank
     WHERE ${AFTER_CURSOR}
     WITH n, kind, latest, earliest, rank ORDER BY latest, earliest, rank, n.id LIMIT $limit
     RETURN ${timelineColumns("earliest", "latest")}, rank`;
}

/**
 * The timeline about a node as of now, from the entries the projection keeps
 * (src/projection/timelineEntries.ts): a seek of the index on (about, latest, earliest, rank, id)
 * gives the entries in order, the cursor's key a range on it; an undated entry's instants are
 * UNDATED, so $after holds them so too (entryKeyParameter). The window's bounds are the
 * entries' instants, but for the undated: whether its article was published by $fromStart.
 * The same rows, in the same order and with the same cursors, as timelinePageCypher(true).
 */
const ENTRIES_ABOUT = `MATCH (t:${LABEL.TimelineEntry} {about: $about})
     WHERE t.latest IS NOT NULL AND t.earliest IS NOT NULL AND t.rank IS NOT NULL AND t.id IS NOT NULL
       AND ($fromStart IS NULL OR t.latest >= datetime($fromStart))
       AND ($untilEnd IS NULL OR t.earliest <= datetime($untilEnd) OR t.earliest = ${UNDATED_CYPHER})`;

/** An undated entry in a window from $fromStart: its happening, if its article was not published before. */
const UNDATED_IN_WINDOW = `($fromStart IS NULL OR t.latest < ${UNDATED_CYPHER}
       OR EXISTS { MATCH (n:${LABEL.Fact} {id: t.id}) WHERE ${reportedSince("n", "$fromStart")} })`;

const ENTRY_AFTER_CURSOR = afterKey(
  ["t.latest", "t.earliest"]
    .map((cypher): KeyColumn => ({ cypher, parameter: (value) => `datetime(${value})` }))
    .concat(["t.rank", "t.id"].map((cypher) => ({ cypher }))),
);

export const TIMELINE_ENTRIES_PAGE = `${ENTRIES_ABOUT}
       AND ($after IS NULL OR t.latest >= datetime($after[0])) AND ${ENTRY_AFTER_CURSOR}
       AND ${UNDATED_IN_WINDOW}
     WITH t ORDER BY t.about, t.latest, t.earliest, t.rank, t.id LIMIT $limit
     MATCH (n:${LABEL.Fact} {id: t.id})
     WITH n, t.rank AS rank, ${kindIn("n")} AS kind
     RETURN ${timelineColumns(EARLIEST, LATEST)}, rank`;

export const TIMELINE_ENTRIES_COUNT = `${ENTRIES_ABOUT} AND ${UNDATED_IN_WINDOW} RETURN count(t) AS total`;

/** A page's cursor key as the entries hold it: the undated's instants UNDATED, not null. */
export function entryKeyParameter(key: SortKey | null): unknown[] | null {
  return key ? keyParameter([key[0] ?? UNDATED, key[1] ?? UNDATED, key[2]!, key[3]!]) : null;
}

/** How many entries the timeline holds (timelineConnection's totalCount): the same match, counted. */
export function timelineCountCypher(about: boolean): string {
  return `${timelineNodes(about)} RETURN count(n) AS total`;
}

/** A page of the timeline, as timelineConnection answers it. */
export type TimelinePageModel = Connection<{ node: TimelineEntry }>;

/** A row of a page: a timeline row with its kind's rank (the key's third value). */
export type TimelinePageRow = TimelineRow & { rank: unknown };

/** An entry's key: [latest, earliest, rank, id], the instants as Cypher wrote them. */
function keyOf(row: TimelinePageRow): SortKey {
  return [row.latest, row.earliest, Number(row.rank), row.id];
}

/**
 * The page of entries from its rows (one more than asked when there is a next page): each edge
 * with its cursor, and orderIsCertain told from its neighbours, those outside the page too (the
 * entry before the cursor, whose span the cursor holds, and the row after the page).
 */
export function toTimelinePage(
  rows: readonly TimelinePageRow[],
  request: PageRequest,
  filter: ListFilter,
): Page<{ node: TimelineEntry }> {
  const entries = rows.map(toEntry);
  const span = (latest: unknown, earliest: unknown) =>
    typeof latest === "string" && typeof earliest === "string"
      ? { latest: new Date(latest).toISOString(), earliest: new Date(earliest).toISOString() }
      : undefined;
  const before = request.after ? span(request.after[0], request.after[1]) : undefined;
  markOrderCertainty(entries.slice(0, request.first), before, entries[request.first]);
  return toPage(
    entries.map((node) => ({ node })),
    request,
    (_edge, i) => encodeCursor("timeline", filter, keyOf(rows[i]!)),
  );
}
