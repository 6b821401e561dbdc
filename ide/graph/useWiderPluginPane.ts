import { useEffect, type RefObject } from "react";

/**
 * Widens GraphiQL's plugin pane while `inside` is shown in it, when the pane is narrower than
 * `minWidth` (GraphiQL gives it a quarter of the page: room for docs, little for a drawing), and
 * gives it back its width when it goes, unless it was dragged meanwhile. The pane's width is the
 * CSS flex of GraphiQL's `.graphiql-plugin` against the editors' 1.
 */
export function useWiderPluginPane(inside: RefObject<HTMLElement | null>, minWidth = 440): void {
  useEffect(() => {
    const pane = inside.current?.closest<HTMLElement>(".graphiql-plugin");
    if (!pane || pane.getBoundingClientRect().width >= minWidth) return;
    const before = pane.style.flex;
    const wider = "0.8"; // 0.8 : 1, some 44% of the width
    pane.style.flex = wider;
    return () => {
      if (pane.style.flex.startsWith(wider)) pane.style.flex = before;
    };
  }, [inside, minWidth]);
}
