import type { Core, LayoutOptions, NodeCollection, NodeSingular } from "cytoscape";
import { NODE_FONT_SIZE } from "./graphStyle";

/** Space kept around the drawing when it is fitted to its pane, in pixels. */
export const FIT_PADDING = 24;
/** The smallest a node's label may be drawn when the drawing is fitted: readable on a phone. */
export const MIN_LABEL_PIXELS = 12;
/** The closest a fit comes: two or three nodes are not blown up to fill a large pane. */
const MAX_FIT_ZOOM = 1.5;

/**
 * A path (each hop from the start holds one node, as `path` answers): laid out as a line from its
 * start, since a force-directed layout of a few nodes may put them on top of one another.
 */
export function isPath(nodes: NodeCollection): boolean {
  if (nodes.length < 2) return false;
  const distances = new Set<number>();
  for (const node of nodes) {
    const distance: unknown = node.data("distance");
    if (typeof distance !== "number") return false;
    distances.add(distance);
  }
  return distances.size === nodes.length && [...distances].every((d) => d < nodes.length);
}

/** The drawing's start: the node drawn as its centre, else the one at distance 0. */
export function startOf(cy: Core): NodeSingular | undefined {
  const centre = cy.nodes(".centre");
  if (centre.nonempty()) return centre[0];
  return cy.nodes().filter((node) => node.data("distance") === 0)[0];
}

/**
 * Places the nodes just added beside a neighbour already placed, so that the layout after it only
 * settles them (an expansion or a step of the time slider moves the rest little).
 */
export function placeBesideNeighbours(added: NodeCollection): void {
  added.forEach((node) => {
    const placed = node
      .neighborhood()
      .nodes()
      .filter((neighbour) => !added.has(neighbour))[0];
    const at = placed ? placed.position() : { x: 0, y: 0 };
    node.position({ x: at.x + (Math.random() - 0.5) * 60, y: at.y + (Math.random() - 0.5) * 60 });
  });
}

/**
 * Lays the drawing out: a path as a line from its start; anything else force-directed (cytoscape's
 * own cose), with room for the labels so that none lies on another, from scratch when every node
 * is new and from where the nodes are otherwise. Then fits it (fitReadable).
 */
export function layOut(cy: Core, fresh: boolean): void {
  const start = startOf(cy);
  const options: LayoutOptions = isPath(cy.nodes())
    ? {
        name: "breadthfirst",
        directed: false,
        ...(start && { roots: start }),
        nodeDimensionsIncludeLabels: true,
        spacingFactor: 1,
        animate: false,
        fit: false,
      }
    : {
        name: "cose",
        animate: false,
        randomize: fresh,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 8_000,
        idealEdgeLength: () => 40,
        nodeOverlap: 4,
        componentSpacing: 40,
      };
  cy.layout(options).run();
  fitReadable(cy);
}

/**
 * Fits the whole drawing into its pane, unless its labels would then be too small to read (a large
 * drawing on a phone's width): then it is drawn at the least zoom that keeps them readable,
 * around its start but filling the pane, and the rest is a drag away.
 */
export function fitReadable(cy: Core): void {
  if (cy.nodes().empty()) return;
  cy.fit(undefined, FIT_PADDING);
  const readable = MIN_LABEL_PIXELS / NODE_FONT_SIZE;
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  } else if (cy.zoom() < readable) {
    cy.zoom(readable);
    cy.center(startOf(cy) ?? cy.elements());
    fillPane(cy);
  }
}

/**
 * Moves a drawing larger than its pane so that no side of the pane is left empty where the drawing
 * could fill it (centred on its start, a drawing may leave a margin on one side and lie beyond the
 * other); along a side where the drawing is smaller than the pane, it is centred.
 */
function fillPane(cy: Core): void {
  const box = cy.elements().renderedBoundingBox();
  const shift = (low: number, high: number, size: number) => {
    if (high - low <= size - 2 * FIT_PADDING) return (size - high - low) / 2;
    if (low > FIT_PADDING) return FIT_PADDING - low;
    if (high < size - FIT_PADDING) return size - FIT_PADDING - high;
    return 0;
  };
  cy.panBy({ x: shift(box.x1, box.x2, cy.width()), y: shift(box.y1, box.y2, cy.height()) });
}
