import { kindIn } from "./graphShapes";
import {
  afterKey,
  encodeCursor,
  instantColumn,
  type Connection,
  toPage,
  type KeyShape,
  type ListFilter,
  type Page,
  type PageRequest,
  type SortKey,
} from "./pageCursor";
import {
  EARLIEST,
  LATEST,
  markOrderCertainty,
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

/** Incidents before their updates, updates before statements: at one instant, causes first. */
const KIND_RANK = `CASE kind WHEN 'Incident' THEN 0 WHEN 'IncidentUpdate' THEN 1 ELSE 2 END`;

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
     WITH n, kind, latest, earliest, ${KIND_RANK} AS rank
     WHERE ${AFTER_CURSOR}
     WITH n, kind, latest, earliest, rank ORDER BY latest, earliest, rank, n.id LIMIT $limit
     RETURN ${timelineColumns("earliest", "latest")}, rank`;
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
