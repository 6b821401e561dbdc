import type { GraphEdge } from "./extractGraph";

/** What hovering an edge shows: its type and ends, certainty, validity, knowledge and quotes. */
export function edgeDescription(edge: GraphEdge): string[] {
  const lines = [`${edge.from} —${edge.type}→ ${edge.to}`];
  if (edge.certainty) lines.push(`certainty: ${edge.certainty}`);
  if (edge.validFrom || edge.validTo)
    lines.push(`valid ${edge.validFrom ?? "…"} to ${edge.validTo ?? "…"}`);
  if (edge.knownSince !== undefined || edge.knownUntil !== undefined) {
    const until =
      edge.knownUntil === undefined
        ? ""
        : ` until ${edge.knownUntil}${edge.endedBy ? ` (${edge.endedBy})` : ""}`;
    lines.push(`known since ${edge.knownSince ?? "?"}${until}`);
  }
  lines.push(
    ...(edge.quotes.length > 0
      ? edge.quotes.map((quote) => `“${quote}”`)
      : ["(no quote in the result)"]),
  );
  return lines;
}
