import cytoscape, { type Core, type EventObject } from "cytoscape";
import { useEffect, useRef, useState } from "react";
import type { Graph, GraphEdge } from "./extractGraph";
import { edgeDescription, graphElements, nodeElementId } from "./graphElements";
import { graphStyle } from "./graphStyle";

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
  /** The node whose neighbourhood was added last: what it brought is laid out around it. */
  growFrom?: string;
  onNodeTap(nodeId: string): void;
}

interface Tooltip {
  x: number;
  y: number;
  lines: string[];
}

/** Space kept around the drawing when it is fitted to the pane, in pixels. */
const FIT_PADDING = 24;

/**
 * The drawing, with cytoscape. Elements are kept when the graph grows (only what is new is laid
 * out anew, starting where it was clicked); the counts of what is drawn are on the canvas's
 * data-nodes and data-edges attributes.
 */
export function GraphView({ graph, expanded, busy, growFrom, onNodeTap }: GraphViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const onTap = useRef(onNodeTap);
  onTap.current = onNodeTap;
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);

  useEffect(() => {
    const element = container.current!;
    const instance = cytoscape({
      container: element,
      style: graphStyle,
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 3,
    });
    instance.on("tap", "node", (event: EventObject) => onTap.current(event.target.data("nodeId")));
    instance.on("mouseover", "edge", (event: EventObject) => {
      event.target.addClass("hovered");
      const edge = event.target.data("edge") as GraphEdge;
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
    // The pane is resized (the panel widens it once open; people drag it): the drawing follows,
    // kept whole in view, or what was laid out for the wider pane lies outside the narrower one.
    const resize = new ResizeObserver(() => {
      instance.resize();
      instance.fit(undefined, FIT_PADDING);
    });
    resize.observe(element);
    // cytoscape caches where its container is on the page; the panel moves when GraphiQL's panes
    // do, without changing size (no ResizeObserver call), and a stale position sends hovers and
    // clicks to the wrong element. Read it afresh when the pointer comes in.
    const relocate = () => instance.resize();
    element.addEventListener("pointerenter", relocate);
    cy.current = instance;
    window.__issGraph = instance;
    return () => {
      element.removeEventListener("pointerenter", relocate);
      resize.disconnect();
      if (window.__issGraph === instance) delete window.__issGraph;
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const elements = graphElements(graph, expanded);
    const wanted = new Set(elements.map((element) => element.data.id));
    const origin = growFrom !== undefined && instance.getElementById(nodeElementId(growFrom));
    const start = origin && origin.nonempty() ? origin.position() : undefined;
    const added = instance.collection();
    instance.batch(() => {
      instance
        .elements()
        .filter((element) => !wanted.has(element.id()))
        .remove();
      for (const element of elements) {
        const drawn = instance.getElementById(element.data.id!);
        if (drawn.nonempty()) {
          drawn.data(element.data);
          drawn.classes(element.classes ?? "");
          continue;
        }
        // New nodes start around the node they were reached from, so the layout grows it there.
        const position =
          element.group === "nodes" && start
            ? { x: start.x + (Math.random() - 0.5) * 60, y: start.y + (Math.random() - 0.5) * 60 }
            : undefined;
        added.merge(instance.add(position ? { ...element, position } : element));
      }
      instance.nodes().removeClass("busy");
      if (busy) instance.getElementById(nodeElementId(busy)).addClass("busy");
    });
    const fresh = added.nodes().length === instance.nodes().length;
    if (added.nodes().nonempty()) {
      instance
        .layout({
          name: "cose",
          animate: false,
          randomize: fresh,
          fit: true,
          padding: FIT_PADDING,
          nodeRepulsion: () => 8_000,
          idealEdgeLength: () => 90,
        })
        .run();
    }
    container.current!.dataset.nodes = String(instance.nodes().length);
    container.current!.dataset.edges = String(instance.edges().length);
  }, [graph, expanded, busy, growFrom]);

  return (
    <div className="iss-graph-view">
      <div ref={container} className="iss-graph-canvas" data-testid="graph-canvas" />
      <button
        type="button"
        className="iss-graph-fit"
        title="Fit the drawing to the pane"
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
