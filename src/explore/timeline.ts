import { hasAnyLabel, typeList } from "../graph/cypherPatterns";
import { LABEL } from "../graph/graphLabels";
import { TYPE } from "../graph/relationshipTypes";
import { fieldAsKnown } from "./asKnown";
import { kindIn } from "./graphShapes";
import { nodeKnown } from "./timeTravel";
import { toOptionalNumber } from "../neo4j/neo4jValues";

export interface TimelineEntry {
  kind: "INCIDENT" | "UPDATE" | "STATEMENT";
  factId: string;
  incidentId: string | null;
  /** The kind of the incident, update or statement: the one that applies is set. */
  incidentKind: string | null;
  updateKind: string | null;
  statementKind: string | null;
  summary: string;
  at: string | null;
  precision: string | null;
  earliest: string | null;
  latest: string | null;
  orderIsCertain: boolean;
  certainty: string;
  quotes: string[];
  knownSince: number;
}

/** A timeline entry as the timeline's Cypher returns it (one row each). */
export interface TimelineRow {
  id: string;
  /** Incident, IncidentUpdate or Statement (the node's kind, retracted or not). */
  kind: string;
  /** The incident's kind, the update's kind, the statement's kind. */
  type: string;
  /** The incident itself, an update's incident, the incident a statement is about. */
  incidentId: string | null;
  summary: string;
  at: string | null;
  precision: string | null;
  /** The first and last instants the entry may mean (ISO 8601), when it is dated. */
  earliest: string | null;
  latest: string | null;
  certainty: string | null;
  quotes: string[] | null;
  knownSince: unknown;
}

export function toEntry(row: TimelineRow): TimelineEntry {
  const kind =
    row.kind === "Incident" ? "INCIDENT" : row.kind === "IncidentUpdate" ? "UPDATE" : "STATEMENT";
  const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());
  return {
    kind,
    factId: row.id,
    incidentId: row.incidentId,
    incidentKind: kind === "INCIDENT" ? String(row.type) : null,
    updateKind: kind === "UPDATE" ? String(row.type) : null,
    statementKind: kind === "STATEMENT" ? String(row.type) : null,
    summary: row.summary,
    at: row.at,
    precision: row.precision,
    earliest: iso(row.earliest),
    latest: iso(row.latest),
    orderIsCertain: true,
    certainty: row.certainty ?? "asserted",
    quotes: row.quotes ?? [],
    knownSince: toOptionalNumber(row.knownSince) ?? 0,
  };
}

const KIND_RANK = { INCIDENT: 0, UPDATE: 1, STATEMENT: 2 } as const;

/**
 * World-time order, honest about precision: by the latest instant each entry may mean, then the
 * earliest ("later that year", 2020, comes after August 2020), then incidents before their updates
 * and statements. An entry whose span overlaps a neighbour's cannot be ordered by its sources:
 * orderIsCertain is false.
 */
export function orderTimeline(rows: readonly TimelineRow[]) {
  const all = rows.map(toEntry);
  const dated = all
    .filter((e) => e.earliest !== null)
    .sort(
      (a, b) =>
        a.latest!.localeCompare(b.latest!) ||
        a.earliest!.localeCompare(b.earliest!) ||
        KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
        a.factId.localeCompare(b.factId),
    );
  markOrderCertainty(dated);
  const undated = all
    .filter((e) => e.earliest === null)
    .sort((a, b) => a.factId.localeCompare(b.factId));
  return { entries: dated, undated };
}

/** The span of a dated entry: the first and last instants it may mean (ISO 8601). */
export type Span = Pick<TimelineEntry, "earliest" | "latest">;

const overlaps = (a: Span, b: Span) =>
  a.earliest !== null && b.earliest !== null && a.earliest <= b.latest! && b.earliest <= a.latest!;

/**
 * Sets orderIsCertain on entries in timeline order: false where an entry's span overlaps its
 * neighbour's. A page's neighbours outside it (the entry before its cursor, the one after its
 * last) are given as `before` and `after`.
 */
export function markOrderCertainty(entries: TimelineEntry[], before?: Span, after?: Span): void {
  entries.forEach((entry, i) => {
    const previous = i === 0 ? before : entries[i - 1];
    const next = i === entries.length - 1 ? after : entries[i + 1];
    entry.orderIsCertain =
      !(previous && overlaps(previous, entry)) && !(next && overlaps(entry, next));
  });
}

/**
 * Whether an undated node may have happened on or after `since`: what an article reports has
 * happened by the day the article was published, so an undated update first reported before
 * `since` cannot fall after it. The node's first source is the article it came from.
 */
export function reportedSince(n: string, since: string): string {
  return `NOT EXISTS { MATCH (a:${LABEL.Article} {id: ${n}.sources[0]})
                           WHERE a.publishedOn < date(datetime(${since})) }`;
}

/** The labels of what a timeline holds: incidents, their updates, statements. */
const HAPPENINGS = [LABEL.Incident, LABEL.IncidentUpdate, LABEL.Statement];

/**
 * The labels a happening carries, current or retracted: a retracted one is Retracted instead of
 * its kind. An entity retracted is Retracted too (isHappening tells them apart), so this is a
 * filter that keeps every happening, for statements that then ask onTimelineNow.
 */
export const HAPPENING_OR_RETRACTED = [...HAPPENINGS, LABEL.Retracted];

/** Links a timeline does not follow: provenance, and the ended versions of links. */
const NOT_FOLLOWED = typeList([TYPE.CITES, TYPE.HISTORICAL]);

/**
 * Node `n` is a happening: an incident, an update or a statement, current or retracted (a
 * retracted entity is not one).
 */
function isHappening(n: string): string {
  return `(${hasAnyLabel(n, HAPPENINGS)}
         OR (${n}:${LABEL.Retracted} AND NOT ${n}.stream STARTS WITH 'entity-'))`;
}

/**
 * The timeline's nodes: incidents, updates and statements known at $asOfPosition whose world
 * time may fall within $fromStart..$untilEnd (an undated one: if its article was not published
 * before $fromStart), as `n`.
 * About a node ($about), from it (an index seek): what is linked to it, the incidents that
 * affected it or its parts, and their updates. Otherwise every incident, update and statement.
 * timelineHolders walks the same links the other way; the projection keeps, for each node, its
 * timeline as of now from it (timelineEntries.ts), which the pages read instead of this walk.
 */
export function timelineNodes(about: boolean): string {
  const kept = `${isHappening("n")}
       AND ${nodeKnown("n")}
       AND ($fromStart IS NULL OR n.occurredTo >= datetime($fromStart)
            OR (n.occurredTo IS NULL AND ${reportedSince("n", "$fromStart")}))
       AND ($untilEnd IS NULL OR n.occurredFrom IS NULL OR n.occurredFrom <= datetime($untilEnd))`;
  return about
    ? `MATCH (x:${LABEL.Fact} {id: $about})
       CALL (x) {
         RETURN x AS related
         UNION
         MATCH (x)-[r]-(related)
         WHERE NOT type(r) IN ${NOT_FOLLOWED} AND ${isHappening("related")}
         RETURN related
         UNION
         MATCH (x)<-[:${TYPE.PART_OF}*1..3]-()<-[:${TYPE.AFFECTED}]-(related) RETURN related
       }
       CALL (related) {
         RETURN related AS n
         UNION
         MATCH (related)-[:${TYPE.HAS_UPDATE}]->(n)
         WHERE ${hasAnyLabel("related", [LABEL.Incident, LABEL.Retracted])} RETURN n
       }
       WITH DISTINCT n WHERE ${kept}`
    : `MATCH (n) WHERE ${kept}`;
}

/** Node `n` is on the timelines of now: a happening not retracted (nor superseded). */
export function onTimelineNow(n: string): string {
  return `(${isHappening(n)} AND ${n}.knownUntil IS NULL)`;
}

/**
 * timelineNodes(true) the other way round: in a row holding happening `n`, each node `x` whose
 * timeline holds it (one row each). `n` itself; and, for `n` and the incident it updates, what
 * is linked to them (CITES and HISTORICAL aside) and what their affected nodes are parts of, up
 * to three levels. test/integration/timelineEntries.test.ts checks that the two agree.
 * The links of `related` are a pattern comprehension, which expands from it: as a MATCH, planned
 * on an empty projection (the plan the projection then keeps), it scanned every relationship of
 * the store for each happening (1M bench: ingestion fell from 830 to 100 events/s by 30,000).
 */
export function timelineHolders(n: string): string {
  return `CALL (${n}) {
         RETURN ${n} AS related
         UNION
         MATCH (related)-[:${TYPE.HAS_UPDATE}]->(${n})
         WHERE ${hasAnyLabel("related", [LABEL.Incident, LABEL.Retracted])} RETURN related
       }
       CALL (related) {
         RETURN related AS x
         UNION
         WITH related WHERE ${isHappening("related")}
         UNWIND [(related)-[r]-(x:${LABEL.Fact}) WHERE NOT type(r) IN ${NOT_FOLLOWED} | x] AS x
         RETURN x
         UNION
         MATCH (related)-[:${TYPE.AFFECTED}]->()-[:${TYPE.PART_OF}*1..3]->(x:${LABEL.Fact}) RETURN x
       }
       WITH DISTINCT ${n}, x`;
}

/** Incidents before their updates, updates before statements: at one instant, causes first. */
export const KIND_RANK_CYPHER = `CASE kind WHEN 'Incident' THEN 0 WHEN 'IncidentUpdate' THEN 1 ELSE 2 END`;

/** The first and last instants timeline node `n` may mean, as known at $asOf (datetimes or null). */
export const EARLIEST = fieldAsKnown("n", "occurredAt", "valueFrom", "n.occurredFrom");
export const LATEST = fieldAsKnown("n", "occurredAt", "valueTo", "n.occurredTo");

/** A timeline row's columns (TimelineRow), of node `n` of kind `kind`, its instants given. */
export function timelineColumns(earliest: string, latest: string): string {
  return `n.id AS id, kind, n.kind AS type,
            CASE kind WHEN 'Incident' THEN n.id WHEN 'IncidentUpdate' THEN n.incidentId
              ELSE COLLECT { MATCH (n)-[:${TYPE.ABOUT}]->(i:${LABEL.Incident}) RETURN i.id LIMIT 1 }[0] END AS incidentId,
            coalesce(${fieldAsKnown("n", "title", "value", "n.title")}, n.description,
                     ${fieldAsKnown("n", "text", "value", "n.text")}, n.id) AS summary,
            ${fieldAsKnown("n", "occurredAt", "value", "n.occurredAt")} AS at,
            ${fieldAsKnown("n", "occurredAt", "precision", "n.occurredAtPrecision")} AS precision,
            toString(${earliest}) AS earliest, toString(${latest}) AS latest,
            n.certainty AS certainty, n.quotes AS quotes, n.knownSince AS knownSince`;
}

/** The timeline's Cypher (timelineNodes), each entry with its fields as known then, at most $rows. */
export function timelineCypher(about: boolean): string {
  return `${timelineNodes(about)}
     WITH n, ${kindIn("n")} AS kind
     RETURN ${timelineColumns(EARLIEST, LATEST)}
     LIMIT $rows`;
}
