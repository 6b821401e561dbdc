import { tryParseJSONC, useGraphiQL } from "@graphiql/react";
import { useMemo, useRef, useState } from "react";
import { GraphLegend } from "../drawing/GraphLegend";
import { EMPTY_GRAPH, extractGraph, mergeGraphs, type Graph } from "./extractGraph";
import { fetchNeighbourhood } from "./fetchNeighbourhood";
import { GraphView } from "./GraphView";
import { useWiderPluginPane } from "./useWiderPluginPane";
import "./GraphPanel.css";

/** What clicks added to the drawing of one result. */
interface Expansion {
  response: string | null;
  graph: Graph;
  expanded: ReadonlySet<string>;
}

const NO_EXPANSION: Omit<Expansion, "response"> = { graph: EMPTY_GRAPH, expanded: new Set() };

/**
 * The graph view: the active tab's result drawn as nodes and edges (extractGraph says which), and
 * the neighbours of each node clicked, fetched with the editor's headers and merged in. A new
 * result starts a new drawing.
 */
export function GraphPanel() {
  const response = useGraphiQL((state) => state.tabs[state.activeTabIndex]?.response ?? null);
  const fetcher = useGraphiQL((state) => state.fetcher);
  const schema = useGraphiQL((state) => state.schema);
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  const [expansion, setExpansion] = useState<Expansion>({ response, ...NO_EXPANSION });
  const [busy, setBusy] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const panel = useRef<HTMLElement>(null);
  useWiderPluginPane(panel);

  const current = expansion.response === response ? expansion : { response, ...NO_EXPANSION };
  const base = useMemo(() => extractGraph(parseResponse(response)), [response]);
  const graph = useMemo(() => mergeGraphs(base, current.graph), [base, current.graph]);

  const expand = async (id: string) => {
    if (busy) return;
    let headers: Record<string, unknown> | undefined;
    try {
      headers = tryParseJSONC(headerEditor?.getValue()) as Record<string, unknown> | undefined;
    } catch (error) {
      // GraphiQL's own wording: "are invalid JSON: ...", "are not a JSON object."
      setFailure(
        `Could not add the neighbours of ${id}: the request headers ${(error as Error).message}`,
      );
      return;
    }
    setBusy(id);
    setFailure(undefined);
    try {
      const neighbours = await fetchNeighbourhood(fetcher, schema, headers, id);
      setExpansion((previous) => {
        const before = previous.response === response ? previous : NO_EXPANSION;
        return {
          response,
          graph: mergeGraphs(before.graph, neighbours),
          expanded: new Set([...before.expanded, id]),
        };
      });
    } catch (error) {
      setFailure(`Could not add the neighbours of ${id}: ${(error as Error).message}`);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section ref={panel} className="iss-graph-panel" aria-label="Graph">
      <div className="graphiql-doc-explorer-title">Graph</div>
      {graph.nodes.length === 0 ? (
        <p className="iss-graph-hint">
          Run a query whose result holds nodes (objects with an <code>id</code> and a{" "}
          <code>label</code>, <code>name</code> or <code>title</code>) and edges (<code>from</code>,{" "}
          <code>to</code>): a neighbourhood, a path, or connections with{" "}
          <code>edges {"{ node }"}</code>. The examples “An entity with its neighbours” and “A path
          between two entities” draw well.
        </p>
      ) : (
        <>
          <p className="iss-graph-hint" data-testid="graph-summary">
            {graph.nodes.length} nodes, {graph.edges.length} edges
            {busy
              ? `; adding the neighbours of ${busy}…`
              : ". Click a node to add its neighbours; hover an edge for its quote."}
          </p>
          <GraphLegend
            kinds={graph.nodes.map((node) => node.kind)}
            lines={["asserted", "inferred", "historical"]}
          />
        </>
      )}
      {failure && (
        <p className="iss-graph-failure" role="alert">
          {failure}
        </p>
      )}
      <GraphView
        graph={graph}
        expanded={current.expanded}
        busy={busy}
        onNodeTap={(id) => void expand(id)}
      />
    </section>
  );
}

function parseResponse(response: string | null): unknown {
  if (!response) return null;
  try {
    return JSON.parse(response);
  } catch {
    return null; // a stream's text, or an error GraphiQL formatted: nothing to draw
  }
}
