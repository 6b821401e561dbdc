import type { StylesheetJson } from "cytoscape";

/** Font sizes of the labels at zoom 1, in pixels; graphLayout keeps them readable when fitting. */
export const NODE_FONT_SIZE = 13;
export const EDGE_FONT_SIZE = 11;

/**
 * How both pages draw a graph: nodes in their kind's colour, labelled below (wrapped), the centre
 * larger; edges labelled by type, solid when asserted, dashed when inferred, dotted and faded when
 * historical (a version that ended), lighter when only read from a result's nesting.
 */
export const graphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(colour)",
      label: "data(label)",
      color: "#1b1f24",
      "font-size": NODE_FONT_SIZE,
      "text-valign": "bottom",
      "text-margin-y": 3,
      "text-wrap": "wrap",
      "text-max-width": "110px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
      width: 24,
      height: 24,
      "border-width": 1,
      "border-color": "#1b1f24",
    },
  },
  { selector: "node.centre", style: { width: 36, height: 36, "border-width": 3 } },
  { selector: "node.expanded", style: { "border-width": 3 } },
  { selector: "node.retracted", style: { opacity: 0.45 } },
  {
    selector: "node.placeholder",
    style: { "background-opacity": 0.25, "border-style": "dashed" },
  },
  { selector: "node.busy", style: { "border-color": "#e6550d", "border-width": 4 } },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#f0b400" } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#8c959f",
      "target-arrow-color": "#8c959f",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.9,
      "curve-style": "bezier",
      label: "data(label)",
      "font-size": EDGE_FONT_SIZE,
      color: "#57606a",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
    },
  },
  { selector: "edge.nested", style: { "line-color": "#b5bcc4", "target-arrow-color": "#b5bcc4" } },
  { selector: "edge.inferred", style: { "line-style": "dashed" } },
  { selector: "edge.historical", style: { "line-style": "dotted", opacity: 0.4, width: 1 } },
  {
    selector: "edge.hovered",
    style: { width: 3, "line-color": "#1b1f24", "target-arrow-color": "#1b1f24" },
  },
];
