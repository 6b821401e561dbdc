import { toOptionalNumber } from "../neo4j/neo4jValues";
import { kindOf, type NodeView } from "./graphShapes";

export interface TimelineEntry {
  kind: "INCIDENT" | "UPDATE" | "STATEMENT";
  id: string;
  incidentId: string | null;
  type: string;
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

function toEntry(node: NodeView, aboutIncident: string | null): TimelineEntry {
  const p = node.properties;
  const nodeKind = kindOf(node);
  const kind =
    nodeKind === "Incident" ? "INCIDENT" : nodeKind === "IncidentUpdate" ? "UPDATE" : "STATEMENT";
  const iso = (value: unknown) =>
    value === null || value === undefined ? null : new Date(String(value)).toISOString();
  return {
    kind,
    id: String(p.id),
    incidentId:
      kind === "INCIDENT" ? String(p.id) : kind === "UPDATE" ? String(p.incidentId) : aboutIncident,
    type: String(p.kind),
    summary: String(p.title ?? p.description ?? p.text ?? p.id),
    at: (p.occurredAt as string | null | undefined) ?? null,
    precision: (p.occurredAtPrecision as string | null | undefined) ?? null,
    earliest: iso(p.occurredFrom),
    latest: iso(p.occurredTo),
    orderIsCertain: true,
    certainty: String(p.certainty ?? "asserted"),
    quotes: (p.quotes as string[] | undefined) ?? [],
    knownSince: toOptionalNumber(p.knownSince) ?? 0,
  };
}

const KIND_RANK = { INCIDENT: 0, UPDATE: 1, STATEMENT: 2 } as const;

/**
 * World-time order, honest about precision: by the latest instant each entry may mean, then the
 * earliest ("later that year", 2020, comes after August 2020), then incidents before their updates
 * and statements. An entry whose span overlaps a neighbour's cannot be ordered by its sources:
 * orderIsCertain is false.
 */
export function orderTimeline(rows: readonly { node: NodeView; aboutIncident: string | null }[]) {
  const all = rows.map(({ node, aboutIncident }) => toEntry(node, aboutIncident));
  const dated = all
    .filter((e) => e.earliest !== null)
    .sort(
      (a, b) =>
        a.latest!.localeCompare(b.latest!) ||
        a.earliest!.localeCompare(b.earliest!) ||
        KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
        a.id.localeCompare(b.id),
    );
  const overlaps = (a: TimelineEntry, b: TimelineEntry) =>
    a.earliest! <= b.latest! && b.earliest! <= a.latest!;
  dated.forEach((entry, i) => {
    const previous = dated[i - 1];
    const next = dated[i + 1];
    entry.orderIsCertain =
      !(previous && overlaps(previous, entry)) && !(next && overlaps(entry, next));
  });
  const undated = all.filter((e) => e.earliest === null).sort((a, b) => a.id.localeCompare(b.id));
  return { entries: dated, undated };
}
