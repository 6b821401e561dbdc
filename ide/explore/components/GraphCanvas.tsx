import type { Core } from "cytoscape";
import { useCallback, useMemo, useRef } from "react";
import { graphElements } from "../../drawing/graphElements";
import { FIT_PADDING } from "../../drawing/graphLayout";
import { useGraphDrawing } from "../../drawing/useGraphDrawing";
import type { Drawing } from "../lib/mergeSubgraphs";

declare global {
  interface Window {
    /** The explorer's cytoscape instance, for tests and for poking at in the console. */
    __exploreCy?: Core;
  }
}

/**
 * The graph drawn by cytoscape (ide/drawing, shared with GraphiQL's Graph panel; bundled, loaded
 * with the graph page only). A tap selects a node (the page offers its page and its expansion), a
 * double tap expands it.
 */
export function GraphCanvas({
  drawing,
  centre,
  onSelect,
  onExpand,
}: {
  drawing: Drawing;
  centre: string;
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  // The latest callbacks, without rebinding cytoscape's handlers on every render.
  const handlers = useRef({ onSelect, onExpand });
  handlers.current = { onSelect, onExpand };

  const bind = useCallback((instance: Core) => {
    instance.on("tap", "node", (event) => handlers.current.onSelect(event.target.data("nodeId")));
    instance.on("tap", (event) => {
      if (event.target === instance) handlers.current.onSelect(null);
    });
    instance.on("dbltap", "node", (event) =>
      handlers.current.onExpand(event.target.data("nodeId")),
    );
    window.__exploreCy = instance;
    return () => {
      if (window.__exploreCy === instance) delete window.__exploreCy;
    };
  }, []);
  const elements = useMemo(
    () =>
      graphElements(
        drawing.nodes.map((node) => ({ ...node, centre: node.id === centre })),
        drawing.edges.map((edge) => ({
          key: edge.id,
          from: edge.from,
          to: edge.to,
          type: edge.type,
          inferred: edge.certainty === "inferred",
        })),
      ),
    [drawing, centre],
  );
  const cy = useGraphDrawing(container, elements, bind);

  return (
    <div className="graph-canvas-frame">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={`Graph of ${drawing.nodes.length} nodes and ${drawing.edges.length} relations; the same as the lists below`}
      />
      <button
        type="button"
        className="graph-fit"
        title="Fit the whole graph into the frame"
        onClick={() => cy.current?.fit(undefined, FIT_PADDING)}
      >
        Whole graph
      </button>
    </div>
  );
}
