import type { ElementDefinition } from "cytoscape";
import type { Graph, GraphEdge, GraphNode } from "./extractGraph";
import { kindColour } from "./kindColour";

/**
 * Cytoscape's elements for a graph. Nodes and edges share cytoscape's id space, so their ids are
 * prefixed; what the drawing distinguishes is a class: `start` (distance 0), `retracted`,
 * `placeholder` and `expanded` nodes, `inferred` and `historical` (knownUntil set) edges.
 */
export function graphElements(graph: Graph, expanded: ReadonlySet<string>): ElementDefinition[] {
  return [
    ...graph.nodes.map((node) => nodeElement(node, expanded.has(node.id))),
    ...graph.edges.map(edgeElement),
  ];
}

export const nodeElementId = (id: string) => `n:${id}`;
export const edgeElementId = (key: string) => `e:${key}`;

function nodeElement(node: GraphNode, expanded: boolean): ElementDefinition {
  const classes = [
    node.distance === 0 && "start",
    node.knownUntil !== undefined && "retracted",
    node.placeholder && "placeholder",
    expanded && "expanded",
  ].filter(Boolean);
  return {
    group: "nodes",
    data: {
      id: nodeElementId(node.id),
      nodeId: node.id,
      label: node.label.length > 28 ? `${node.label.slice(0, 27)}…` : node.label,
      fullLabel: node.label,
      kind: node.kind ?? "",
      colour: kindColour(node.kind),
    },
    classes: classes.join(" "),
  };
}

function edgeElement(edge: GraphEdge): ElementDefinition {
  const classes = [
    edge.certainty === "inferred" && "inferred",
    edge.knownUntil !== undefined && "historical",
    edge.nested && "nested",
  ].filter(Boolean);
  return {
    group: "edges",
    data: {
      id: edgeElementId(edge.key),
      source: nodeElementId(edge.from),
      target: nodeElementId(edge.to),
      label: edge.type,
      edge,
    },
    classes: classes.join(" "),
  };
}

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
