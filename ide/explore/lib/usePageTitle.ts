import { useEffect } from "react";

/** The document's title follows the page (browser history, tabs, screen readers). */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ISS knowledge graph` : "ISS knowledge graph · Explorer";
  }, [title]);
}
