import type { Graph } from "./extractGraph";
import { kindColour } from "../drawing/kindPalette";

/** The kinds drawn, in their colours, and what the lines mean. */
export function GraphLegend({ graph }: { graph: Graph }) {
  const kinds = [...new Set(graph.nodes.map((node) => node.kind ?? "unknown"))].sort();
  return (
    <div className="iss-graph-legend">
      {kinds.map((kind) => (
        <span key={kind} className="iss-graph-legend-kind">
          <span
            className="iss-graph-legend-dot"
            style={{ background: kindColour(kind === "unknown" ? undefined : kind) }}
          />
          {kind}
        </span>
      ))}
      <span className="iss-graph-legend-line">
        <svg width="24" height="6" aria-hidden="true">
          <line x1="0" y1="3" x2="24" y2="3" stroke="currentColor" />
        </svg>
        asserted
      </span>
      <span className="iss-graph-legend-line">
        <svg width="24" height="6" aria-hidden="true">
          <line x1="0" y1="3" x2="24" y2="3" stroke="currentColor" strokeDasharray="5 3" />
        </svg>
        inferred
      </span>
      <span className="iss-graph-legend-line iss-graph-legend-historical">
        <svg width="24" height="6" aria-hidden="true">
          <line x1="0" y1="3" x2="24" y2="3" stroke="currentColor" strokeDasharray="1 3" />
        </svg>
        historical (knownUntil)
      </span>
    </div>
  );
}
