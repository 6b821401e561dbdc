import { inWords } from "./inWords";
import { kindColour } from "./kindPalette";
import "./GraphLegend.css";

/** The lines a drawing may hold, as graphStyle draws them. */
export type LineKind = "asserted" | "inferred" | "historical";

const DASHES: Record<LineKind, string | undefined> = {
  asserted: undefined,
  inferred: "5 3",
  historical: "1 3",
};

const LINE_LABELS: Record<LineKind, string> = {
  asserted: "asserted",
  inferred: "inferred",
  historical: "historical (a version that ended)",
};

/** What a drawing's colours and lines mean: the kinds drawn, in their colours, and its lines. */
export function GraphLegend({
  kinds,
  lines,
}: {
  kinds: readonly (string | null | undefined)[];
  lines: readonly LineKind[];
}) {
  const named = [...new Set(kinds.map((kind) => kind || "unknown"))].sort();
  return (
    <ul className="graph-legend" aria-label="What the colours and lines mean">
      {named.map((kind) => (
        <li key={kind}>
          <span
            className="graph-legend-dot"
            style={{ background: kindColour(kind === "unknown" ? undefined : kind) }}
          />
          {inWords(kind)}
        </li>
      ))}
      {lines.map((line) => (
        <li key={line} className={`graph-legend-${line}`}>
          <svg width="24" height="6" aria-hidden="true">
            <line
              x1="0"
              y1="3"
              x2="24"
              y2="3"
              stroke="currentColor"
              strokeDasharray={DASHES[line]}
            />
          </svg>
          {LINE_LABELS[line]}
        </li>
      ))}
    </ul>
  );
}
