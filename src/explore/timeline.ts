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

function toEntry(row: TimelineRow): TimelineEntry {
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
  const overlaps = (a: TimelineEntry, b: TimelineEntry) =>
    a.earliest! <= b.latest! && b.earliest! <= a.latest!;
  dated.forEach((entry, i) => {
    const previous = dated[i - 1];
    const next = dated[i + 1];
    entry.orderIsCertain =
      !(previous && overlaps(previous, entry)) && !(next && overlaps(entry, next));
  });
  const undated = all
    .filter((e) => e.earliest === null)
    .sort((a, b) => a.factId.localeCompare(b.factId));
  return { entries: dated, undated };
}
