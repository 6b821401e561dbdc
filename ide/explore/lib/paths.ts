import type { NodeKind } from "../generated/graphql";

// The explorer's URLs, relative to its base (/explore): one builder per page, so that every link is
// a real <a href> that opens, bookmarks and shares as it is.

const segment = (id: string) => encodeURIComponent(id);

/** The page of a node of the graph, by its kind. An update lives on its incident's page. */
export function nodePath(kind: NodeKind | string, id: string): string {
  switch (kind) {
    case "Incident":
      return `/incident/${segment(id)}`;
    case "IncidentUpdate": {
      // An update's id is <incidentId>/<updateId>.
      const slash = id.indexOf("/");
      if (slash < 0) return `/incident/${segment(id)}`;
      return `/incident/${segment(id.slice(0, slash))}#${updateAnchor(id.slice(slash + 1))}`;
    }
    case "Statement":
      return `/statement/${segment(id)}`;
    default:
      return `/entity/${segment(id)}`;
  }
}

/** The id of an update's element on its incident's page. */
export function updateAnchor(updateId: string): string {
  return `update-${updateId}`;
}

/** An article, with the sentence of a quote highlighted and scrolled to. */
export function articlePath(articleId: string, quote?: string): string {
  const base = `/article/${segment(articleId)}`;
  return quote ? `${base}?${new URLSearchParams({ quote })}` : base;
}

/** An article with one of its sentences (by its index) selected. */
export function articleSentencePath(articleId: string, sentence: number): string {
  return `/article/${segment(articleId)}?${new URLSearchParams({ sentence: String(sentence) })}`;
}

export interface TimelineFilter {
  about?: string | null;
  from?: string | null;
  until?: string | null;
}

export function timelinePath(filter: TimelineFilter = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `/timeline?${query}` : "/timeline";
}

export interface GraphView {
  /** Hops from the centre: 1 to 3. */
  depth?: number;
  /** As the log knew it at this position. */
  asOf?: number | null;
  /** As true in the world on this date. */
  validOn?: string | null;
  /** Nodes whose own neighbourhoods are added. */
  expand?: readonly string[];
}

export function graphPath(id: string, view: GraphView = {}): string {
  const params = new URLSearchParams();
  if (view.depth !== undefined) params.set("depth", String(view.depth));
  if (view.asOf !== undefined && view.asOf !== null) params.set("asOf", String(view.asOf));
  if (view.validOn) params.set("validOn", view.validOn);
  if (view.expand && view.expand.length > 0) params.set("expand", view.expand.join(","));
  const query = params.toString();
  return `/graph/${segment(id)}${query ? `?${query}` : ""}`;
}
