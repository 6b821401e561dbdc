import type { ElementDefinition } from "cytoscape";
import { inWords } from "./inWords";
import { kindColour } from "./kindPalette";

// What both pages draw, as plain data: each page says what its nodes and edges are (GraphiQL from
// any result, the explorer from its neighbourhoods) and this turns them into cytoscape's elements,
// whose classes the one stylesheet (graphStyle.ts) draws.

export interface NodeToDraw {
  id: string;
  label: string;
  kind?: string | null | undefined;
  /** Hops from the drawing's start, when known: a path is laid out in this order. */
  distance?: number | undefined;
  /** The start of the drawing (a neighbourhood's centre, a path's first node): drawn larger. */
  centre?: boolean;
  /** Its neighbourhood was added to the drawing. */
  expanded?: boolean;
  /** Its neighbourhood is being fetched. */
  busy?: boolean;
  /** Retracted: drawn faded. */
  retracted?: boolean;
  /** Named only as an edge's end (the result held no node for it): drawn hollow. */
  placeholder?: boolean;
}

export interface EdgeToDraw {
  /** Unique among the edges drawn. */
  key: string;
  from: string;
  to: string;
  /** Its type: labelled in words ("PART_OF" as "part of", a field "memberOf" as "member of"). */
  type: string;
  inferred?: boolean;
  /** A version that ended (retracted or corrected): dotted and faded. */
  historical?: boolean;
  /** Read from the nesting of a result, not an edge of it: lighter. */
  nested?: boolean;
  /** What the page keeps with the element (GraphiQL's tooltip reads the edge it came from). */
  detail?: unknown;
}

/** Node and edge ids share cytoscape's id space: each is prefixed by what it is. */
export const nodeElementId = (id: string) => `n:${id}`;
export const edgeElementId = (key: string) => `e:${key}`;

/** Labels longer than this are cut (the whole label is the node's `fullLabel`). */
const LABEL_LENGTH = 40;

export function shortLabel(label: string): string {
  return label.length > LABEL_LENGTH ? `${label.slice(0, LABEL_LENGTH - 1).trimEnd()}…` : label;
}

const classesOf = (flags: Record<string, boolean | undefined>) =>
  Object.entries(flags)
    .filter(([, on]) => on)
    .map(([name]) => name)
    .join(" ");

/**
 * The elements of a drawing: nodes with their kind's colour and their classes (`centre`,
 * `expanded`, `busy`, `retracted`, `placeholder`), edges labelled in words with theirs
 * (`inferred`, `historical`, `nested`). An edge whose end is not drawn is left out.
 */
export function graphElements(
  nodes: readonly NodeToDraw[],
  edges: readonly EdgeToDraw[],
): ElementDefinition[] {
  const drawn = new Set(nodes.map((node) => node.id));
  return [
    ...nodes.map((node): ElementDefinition => ({
      group: "nodes",
      data: {
        id: nodeElementId(node.id),
        nodeId: node.id,
        label: shortLabel(node.label),
        fullLabel: node.label,
        kind: node.kind ?? "",
        colour: kindColour(node.kind),
        ...(node.distance !== undefined && { distance: node.distance }),
      },
      classes: classesOf({
        centre: node.centre,
        expanded: node.expanded,
        busy: node.busy,
        retracted: node.retracted,
        placeholder: node.placeholder,
      }),
    })),
    ...edges
      .filter((edge) => drawn.has(edge.from) && drawn.has(edge.to))
      .map((edge): ElementDefinition => ({
        group: "edges",
        data: {
          id: edgeElementId(edge.key),
          source: nodeElementId(edge.from),
          target: nodeElementId(edge.to),
          label: inWords(edge.type),
          ...(edge.detail !== undefined && { detail: edge.detail }),
        },
        classes: classesOf({
          inferred: edge.inferred,
          historical: edge.historical,
          nested: edge.nested,
        }),
      })),
  ];
}
