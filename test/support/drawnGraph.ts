import type { Page } from "playwright-core";

// A graph drawn by ide/drawing in a browser test: GraphiQL's Graph panel (its cytoscape instance
// is window.__issGraph, ide/graph/GraphView.tsx) or the explorer's canvas (window.__exploreCy), and
// the counts on the canvas (ide/drawing/useGraphDrawing.ts).

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface NodeInPage {
  renderedPosition(): { x: number; y: number };
  renderedBoundingBox(options: { includeLabels: boolean }): Box;
  renderedStyle(name: string): string;
  hasClass(name: string): boolean;
  degree(): number;
  data(key: "nodeId"): string;
}
export interface EdgeInPage {
  data(key: "detail"): { quotes: string[]; type: string; from: string; to: string };
  renderedMidpoint(): { x: number; y: number };
}
interface CytoscapeInPage {
  getElementById(id: string): NodeInPage;
  nodes(): { map<T>(f: (node: NodeInPage) => T): T[] };
  edges(): { map<T>(f: (edge: EdgeInPage) => T): T[] };
  width(): number;
  height(): number;
  container(): { getBoundingClientRect(): { left: number; top: number } };
}
/** What the functions run in the page use of it (the tests are compiled without DOM types). */
export interface GraphInPage {
  __issGraph?: CytoscapeInPage;
  __exploreCy?: CytoscapeInPage;
}

/**
 * A point of the drawing once it stays put: the panel widens GraphiQL's pane after the first
 * draw and cytoscape follows, so a point read too early (a loaded machine) is off by then.
 */
export async function settledPoint(
  read: () => Promise<{ x: number; y: number }>,
): Promise<{ x: number; y: number }> {
  let last = await read();
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = await read();
    if (Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
    last = now;
  }
  return last;
}

/** The position on the page of a point of the drawing. */
export function onPage(page: Page, point: { x: number; y: number }) {
  return page.evaluate((point) => {
    const rect = (globalThis as unknown as GraphInPage)
      .__issGraph!.container()
      .getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y };
  }, point);
}

/** Clicks a node of the drawing, where it is drawn. */
export async function clickNode(page: Page, id: string): Promise<void> {
  await page.mouse.move(0, 0);
  const target = await settledPoint(async () =>
    onPage(
      page,
      await page.evaluate(
        (id) =>
          (globalThis as unknown as GraphInPage)
            .__issGraph!.getElementById(`n:${id}`)
            .renderedPosition(),
        id,
      ),
    ),
  );
  await page.mouse.click(target.x, target.y);
}

/** Waits until the canvas counts `nodes` nodes drawn. */
export async function drawnNodesReach(page: Page, nodes: number): Promise<void> {
  await page
    .locator(`[data-testid=graph-canvas][data-node-count="${nodes}"]`)
    .waitFor({ timeout: 30_000 });
}

/** What the canvas says was drawn. */
export function drawnCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.locator("[data-testid=graph-canvas]").evaluate((canvas) => {
    const data = (canvas as unknown as { dataset: Record<string, string> }).dataset;
    return { nodes: Number(data.nodeCount), edges: Number(data.edgeCount) };
  });
}

export interface DrawnNode {
  id: string;
  degree: number;
  /** Its circle and label, in pixels of the pane. */
  box: Box;
  /** Its label's font size as drawn, in pixels. */
  fontPixels: number;
}

/** Every node as drawn, and the pane's size, once the drawing stays put. */
export async function drawnNodes(
  page: Page,
  instance: keyof GraphInPage = "__issGraph",
): Promise<{ nodes: DrawnNode[]; width: number; height: number }> {
  const read = () =>
    page.evaluate((instance) => {
      const cy = (globalThis as unknown as GraphInPage)[instance]!;
      return {
        width: cy.width(),
        height: cy.height(),
        nodes: cy.nodes().map((node) => ({
          id: node.data("nodeId"),
          degree: node.degree(),
          box: node.renderedBoundingBox({ includeLabels: true }),
          fontPixels: parseFloat(node.renderedStyle("font-size")),
        })),
      };
    }, instance);
  await settledPoint(async () => {
    const first = (await read()).nodes[0]?.box;
    return { x: first?.x1 ?? 0, y: first?.y1 ?? 0 };
  });
  return read();
}

/** The pairs of nodes whose circles or labels lie on one another. */
export function overlapping(nodes: readonly DrawnNode[]): string[] {
  const pairs: string[] = [];
  nodes.forEach((a, i) =>
    nodes.slice(i + 1).forEach((b) => {
      const apart =
        a.box.x2 <= b.box.x1 ||
        b.box.x2 <= a.box.x1 ||
        a.box.y2 <= b.box.y1 ||
        b.box.y2 <= a.box.y1;
      if (!apart) pairs.push(`${a.id} on ${b.id}`);
    }),
  );
  return pairs;
}
