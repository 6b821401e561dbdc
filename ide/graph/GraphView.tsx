import type { Core, EventObject } from "cytoscape";
import { useCallback, useMemo, useRef, useState } from "react";
import { graphElements, type EdgeToDraw, type NodeToDraw } from "../drawing/graphElements";
import { FIT_PADDING } from "../drawing/graphLayout";
import { useGraphDrawing } from "../drawing/useGraphDrawing";
import { edgeDescription } from "./edgeDescription";
import type { Graph, GraphEdge } from "./extractGraph";

declare global {
  interface Window {
    /** The graph view's cytoscape instance, for the browser tests (and the curious). */
    __issGraph?: Core;
  }
}

interface GraphViewProps {
  graph: Graph;
  /** Nodes whose neighbourhood was added to the drawing. */
  expanded: ReadonlySet<string>;
  /** The node whose neighbourhood is being fetched, if any. */
  busy?: string;
  onNodeTap(nodeId: string): void;
}

interface Tooltip {
  x: number;
  y: number;
  lines: string[];
}

/** What a result holds, as the drawing shared with the explorer takes it. */
function toDraw(graph: Graph, expanded: ReadonlySet<string>, busy: string | undefined) {
  const nodes = graph.nodes.map((node): NodeToDraw => ({
    id: node.id,
    label: node.label,
    kind: node.kind,
    distance: node.distance,
    centre: node.distance === 0,
    expanded: expanded.has(node.id),
    busy: node.id === busy,
    retracted: node.knownUntil !== undefined,
    placeholder: node.placeholder,
  }));
  const edges = graph.edges.map((edge): EdgeToDraw => ({
    key: edge.key,
    from: edge.from,
    to: edge.to,
    type: edge.type,
    inferred: edge.certainty === "inferred",
    historical: edge.knownUntil !== undefined,
    nested: edge.nested,
    detail: edge,
  }));
  return graphElements(nodes, edges);
}

/**
 * The drawing (ide/drawing, shared with the explorer): a click on a node adds its neighbours,
 * hovering an edge or a node shows what the result says of it.
 */
export function GraphView({ graph, expanded, busy, onNodeTap }: GraphViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const onTap = useRef(onNodeTap);
  onTap.current = onNodeTap;
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);

  const bind = useCallback((instance: Core) => {
    instance.on("tap", "node", (event: EventObject) => onTap.current(event.target.data("nodeId")));
    instance.on("mouseover", "edge", (event: EventObject) => {
      event.target.addClass("hovered");
      const edge = event.target.data("detail") as GraphEdge;
      setTooltip({ ...event.renderedPosition, lines: edgeDescription(edge) });
    });
    instance.on("mouseover", "node", (event: EventObject) => {
      const data = event.target.data();
      setTooltip({
        ...event.renderedPosition,
        lines: [
          data.fullLabel,
          `${data.kind || "node"} ${data.nodeId}`,
          "click: add its neighbours",
        ],
      });
    });
    instance.on("mouseout", "edge, node", (event: EventObject) => {
      event.target.removeClass("hovered");
      setTooltip(null);
    });
    instance.on("viewport", () => setTooltip(null));
    window.__issGraph = instance;
    return () => {
      if (window.__issGraph === instance) delete window.__issGraph;
    };
  }, []);
  const elements = useMemo(() => toDraw(graph, expanded, busy), [graph, expanded, busy]);
  const cy = useGraphDrawing(container, elements, bind);

  return (
    <div className="iss-graph-view">
      <div ref={container} className="iss-graph-canvas" data-testid="graph-canvas" />
      <button
        type="button"
        className="iss-graph-fit"
        title="Fit the whole drawing into the pane"
        onClick={() => cy.current?.fit(undefined, FIT_PADDING)}
      >
        Fit
      </button>
      {tooltip && (
        <div
          className="iss-graph-tooltip"
          role="tooltip"
          // Beside the pointer, kept inside the pane (the tooltip is at most 320px wide).
          style={{
            left: Math.max(
              4,
              Math.min(tooltip.x + 12, (container.current?.clientWidth ?? 0) - 330),
            ),
            top: tooltip.y + 12,
          }}
        >
          {tooltip.lines.map((line, index) => (
            <div key={index}>{line}</div>
          ))}
        </div>
      )}
    </div>
  );
}
