import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { useEffect, useRef } from "react";
import type { Drawing } from "../lib/graphElements";
import { kindColour } from "../lib/kindStyle";
import { relationLabel } from "./RelationList";

declare global {
  interface Window {
    /** The explorer's cytoscape instance, for tests and for poking at in the console. */
    __exploreCy?: Core;
  }
}

function elementsOf(drawing: Drawing, centre: string): ElementDefinition[] {
  return [
    ...drawing.nodes.map((n) => ({
      group: "nodes" as const,
      data: {
        id: n.id,
        label: n.label.length > 40 ? `${n.label.slice(0, 38)}…` : n.label,
        kind: n.kind,
        colour: kindColour(n.kind),
        distance: n.distance,
        centre: n.id === centre ? "yes" : "no",
      },
    })),
    ...drawing.edges.map((e) => ({
      group: "edges" as const,
      data: {
        id: e.id,
        source: e.from,
        target: e.to,
        label: relationLabel(e.type),
        certainty: e.certainty ?? "asserted",
      },
    })),
  ];
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(colour)",
      label: "data(label)",
      color: "#1b1f24",
      "font-size": 15,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "130px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
      width: 28,
      height: 28,
    },
  },
  {
    selector: 'node[centre = "yes"]',
    style: { width: 42, height: 42, "border-width": 3, "border-color": "#1b1f24" },
  },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#f0b400" } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#8c959f",
      "target-arrow-color": "#8c959f",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      label: "data(label)",
      "font-size": 12,
      color: "#57606a",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
    },
  },
  // Inferred relations (the article implies them) are dashed, as the legend says.
  { selector: 'edge[certainty = "inferred"]', style: { "line-style": "dashed" } },
];

/**
 * The graph drawn by cytoscape (bundled, loaded with the graph page only): nodes coloured by kind,
 * the centre larger, edges labelled by type, inferred ones dashed. A tap
 * selects a node (the page offers its page and its expansion), a double tap expands it.
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
  const cy = useRef<Core | null>(null);
  // The latest callbacks, without rebinding cytoscape's handlers on every render.
  const handlers = useRef({ onSelect, onExpand });
  handlers.current = { onSelect, onExpand };

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 3,
    });
    instance.on("tap", "node", (event) => handlers.current.onSelect(event.target.id()));
    instance.on("tap", (event) => {
      if (event.target === instance) handlers.current.onSelect(null);
    });
    instance.on("dbltap", "node", (event) => handlers.current.onExpand(event.target.id()));
    cy.current = instance;
    window.__exploreCy = instance;
    const resize = new ResizeObserver(() => instance.resize());
    if (container.current) resize.observe(container.current);
    return () => {
      resize.disconnect();
      instance.destroy();
      cy.current = null;
      if (window.__exploreCy === instance) delete window.__exploreCy;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const wanted = elementsOf(drawing, centre);
    const ids = new Set(wanted.map((e) => e.data.id));
    const firstDraw = instance.nodes().length === 0;
    instance.batch(() => {
      instance
        .elements()
        .filter((e) => !ids.has(e.id()))
        .remove();
      const added = instance.collection();
      for (const element of wanted) {
        const existing = instance.getElementById(element.data.id!);
        if (existing.nonempty()) existing.data(element.data);
        else added.merge(instance.add(element));
      }
      // A node that joins a drawing starts beside a neighbour already placed, so that the layout
      // below only settles it (an expansion or a step of the slider moves the rest little).
      if (!firstDraw) {
        added.nodes().forEach((node) => {
          const placed = node
            .neighborhood()
            .nodes()
            .filter((n) => !added.has(n));
          const at = placed.nonempty() ? placed.nodes().first().position() : { x: 0, y: 0 };
          node.position({
            x: at.x + (Math.random() - 0.5) * 60,
            y: at.y + (Math.random() - 0.5) * 60,
          });
        });
      }
    });
    // Force-directed (cytoscape's own cose): randomised at the first drawing, from the positions
    // nodes have after that.
    instance
      .layout({
        name: "cose",
        animate: false,
        randomize: firstDraw,
        fit: true,
        padding: 24,
        nodeRepulsion: () => 600_000,
        idealEdgeLength: () => 120,
        gravity: 0.4,
        nodeOverlap: 20,
        numIter: 2000,
      })
      .run();
    // What cytoscape drew, for tests and scripts: counted on the canvas, not on the data given.
    const element = container.current;
    if (element) {
      element.dataset.nodeCount = String(instance.nodes().length);
      element.dataset.edgeCount = String(instance.edges().length);
      element.dataset.nodeIds = instance
        .nodes()
        .map((n) => n.id())
        .sort()
        .join(" ");
    }
  }, [drawing, centre]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      role="img"
      aria-label={`Graph of ${drawing.nodes.length} nodes and ${drawing.edges.length} relations; the same as the lists below`}
    />
  );
}
