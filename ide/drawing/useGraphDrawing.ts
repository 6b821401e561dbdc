import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { useEffect, useRef, type RefObject } from "react";
import { fitReadable, layOut, placeBesideNeighbours } from "./graphLayout";
import { graphStyle } from "./graphStyle";

/**
 * A cytoscape drawing of `elements` in `container`, kept as the elements change: what is gone is
 * removed, what stays keeps its place (its data and classes updated), what is new starts beside a
 * neighbour and the layout settles it (graphLayout). `bind` adds the page's own handlers once, on
 * the new instance, and returns what undoes them. What was drawn is counted on the container for
 * tests and scripts: data-node-count, data-edge-count and data-node-ids (the nodes' own ids).
 */
export function useGraphDrawing(
  container: RefObject<HTMLDivElement | null>,
  elements: readonly ElementDefinition[],
  bind: (cy: Core) => () => void,
): RefObject<Core | null> {
  const cy = useRef<Core | null>(null);
  // The first bind is the one used: the instance lives as long as the component.
  const bindOnce = useRef(bind);

  useEffect(() => {
    const element = container.current!;
    const instance = cytoscape({
      container: element,
      style: graphStyle,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 3,
    });
    // The pane is resized (GraphiQL widens its pane once the panel opens, people drag it, a phone
    // turns): the drawing follows, or what was laid out for the wider pane lies outside it.
    const resize = new ResizeObserver(() => {
      instance.resize();
      fitReadable(instance);
    });
    resize.observe(element);
    // cytoscape caches where its container is on the page; the container may move without being
    // resized (GraphiQL's panes), and a stale position sends pointers to the wrong element.
    const relocate = () => instance.resize();
    element.addEventListener("pointerenter", relocate);
    const unbind = bindOnce.current(instance);
    cy.current = instance;
    return () => {
      unbind();
      element.removeEventListener("pointerenter", relocate);
      resize.disconnect();
      instance.destroy();
      cy.current = null;
    };
  }, [container]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const wanted = new Set(elements.map((element) => element.data.id));
    const added = instance.collection();
    let removed = 0;
    // A drawing none of whose nodes stays (the first, or another result's) is laid out afresh.
    let fresh = true;
    instance.batch(() => {
      const gone = instance.elements().filter((element) => !wanted.has(element.id()));
      removed = gone.nodes().length;
      gone.remove();
      fresh = instance.nodes().empty();
      for (const element of elements) {
        const drawn = instance.getElementById(element.data.id!);
        if (drawn.empty()) {
          added.merge(instance.add(element));
          continue;
        }
        drawn.data(element.data);
        drawn.classes(element.classes ?? "");
      }
      if (!fresh) placeBesideNeighbours(added.nodes());
    });
    if (added.nodes().nonempty() || removed > 0) layOut(instance, fresh);
    const canvas = container.current!;
    canvas.dataset.nodeCount = String(instance.nodes().length);
    canvas.dataset.edgeCount = String(instance.edges().length);
    canvas.dataset.nodeIds = instance
      .nodes()
      .map((node) => String(node.data("nodeId")))
      .sort()
      .join(" ");
  }, [container, elements]);

  return cy;
}
