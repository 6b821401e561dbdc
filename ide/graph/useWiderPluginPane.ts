import { useEffect, type RefObject } from "react";

/**
 * Widens GraphiQL's plugin pane while `inside` is shown in it, when the pane is narrower than
 * `minWidth` (GraphiQL gives it a third of the page: room for docs, little for a drawing), and
 * gives it back its width when it goes, unless it was dragged meanwhile. The pane's width is the
 * CSS flex of GraphiQL's `.graphiql-plugin` against the editors' 1.
 */
export function useWiderPluginPane(inside: RefObject<HTMLElement | null>, minWidth = 440): void {
  useEffect(() => {
    const pane = inside.current?.closest<HTMLElement>(".graphiql-plugin");
    if (!pane) return;
    const wider = "0.8"; // 0.8 : 1, some 44% of the width
    let restore: (() => void) | undefined;
    // GraphiQL sets the pane's flex itself when it shows a plugin, in an effect that runs after
    // this one (its own component is the panel's parent): widen once it has.
    const frame = requestAnimationFrame(() => {
      if (pane.getBoundingClientRect().width >= minWidth) return;
      const before = pane.style.flex;
      pane.style.flex = wider;
      restore = () => {
        if (pane.style.flex.startsWith(wider)) pane.style.flex = before;
      };
    });
    return () => {
      cancelAnimationFrame(frame);
      restore?.();
    };
  }, [inside, minWidth]);
}
