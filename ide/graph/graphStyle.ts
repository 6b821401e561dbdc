import type { StylesheetJson } from "cytoscape";

/**
 * How the graph is drawn: nodes in their kind's colour, labelled; edges labelled by type, solid
 * when asserted, dashed when inferred, dotted and faded when historical (a version that ended).
 */
export const graphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(colour)",
      label: "data(label)",
      "font-size": 10,
      color: "#333",
      "text-valign": "bottom",
      "text-margin-y": 3,
      "text-background-color": "#fff",
      "text-background-opacity": 0.7,
      width: 22,
      height: 22,
      "border-width": 1,
      "border-color": "#555",
    },
  },
  { selector: "node.start", style: { width: 30, height: 30, "border-width": 3 } },
  { selector: "node.expanded", style: { "border-width": 3, "border-color": "#222" } },
  { selector: "node.retracted", style: { opacity: 0.45 } },
  {
    selector: "node.placeholder",
    style: { "background-opacity": 0.25, "border-style": "dashed" },
  },
  { selector: "node.busy", style: { "border-color": "#e6550d", "border-width": 4 } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#8a8a8a",
      "target-arrow-color": "#8a8a8a",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      "curve-style": "bezier",
      label: "data(label)",
      "font-size": 8,
      color: "#555",
      "text-rotation": "autorotate",
      "text-background-color": "#fff",
      "text-background-opacity": 0.8,
    },
  },
  { selector: "edge.nested", style: { "line-color": "#b5b5b5", "target-arrow-color": "#b5b5b5" } },
  { selector: "edge.inferred", style: { "line-style": "dashed" } },
  {
    selector: "edge.historical",
    style: { "line-style": "dotted", opacity: 0.4, width: 1 },
  },
  {
    selector: "edge.hovered",
    style: { width: 3, "line-color": "#333", "target-arrow-color": "#333" },
  },
];
