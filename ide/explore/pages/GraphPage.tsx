import { useQuery } from "@apollo/client/react";
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { inWords } from "../../drawing/inWords";
import { KindBadge } from "../components/KindBadge";
import { NeighbourhoodLoader, type Neighbourhood } from "../components/NeighbourhoodLoader";
import { NodeLink } from "../components/NodeLink";
import { QueryState } from "../components/QueryState";
import { TimeTravelControls } from "../components/TimeTravelControls";
import { NeighbourhoodDocument } from "../generated/graphql";
import { GraphLegend } from "../../drawing/GraphLegend";
import { useLive } from "../live/LiveUpdates";
import { mergeSubgraphs } from "../lib/mergeSubgraphs";
import { graphPath, nodePath, type GraphView } from "../lib/paths";
import { usePageTitle } from "../lib/usePageTitle";

// cytoscape is the largest library of the explorer: it loads with this page only.
const GraphCanvas = lazy(() =>
  import("../components/GraphCanvas").then((m) => ({ default: m.GraphCanvas })),
);

function readView(params: URLSearchParams): Required<GraphView> {
  const depth = Number(params.get("depth") ?? 2);
  const asOf = params.get("asOf");
  return {
    depth: depth >= 1 && depth <= 3 ? depth : 2,
    asOf: asOf === null || asOf === "" ? null : Number(asOf),
    validOn: params.get("validOn"),
    expand: (params.get("expand") ?? "").split(",").filter(Boolean),
  };
}

/**
 * The graph around a node: its neighbourhood (1 to 3 hops), as known at a log position and true on
 * a date, with nodes the user expanded; a list of the same nodes and relations for keyboards and
 * screen readers.
 */
export function GraphPage() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const view = readView(params);
  const live = useLive();
  const [selected, setSelected] = useState<string | null>(null);
  const [expansions, setExpansions] = useState<ReadonlyMap<string, Neighbourhood>>(new Map());

  const { data, previousData, error, loading } = useQuery(NeighbourhoodDocument, {
    variables: { id, depth: view.depth, asOfPosition: view.asOf, validOn: view.validOn },
  });
  // While a new position loads, the graph as it was stays drawn.
  const shown = data ?? previousData;
  const centre = shown?.neighbourhood?.nodes.find((n) => n.distance === 0)?.node;
  usePageTitle(centre ? `Graph around ${centre.label}` : "Graph");

  // The view is rebuilt from the URL at each render; changes apply to the latest one, through a
  // callback that stays the same (the time controls' timers depend on it).
  const current = useRef(view);
  current.current = view;
  const go = useCallback(
    (change: Partial<GraphView>) =>
      void navigate(graphPath(id, { ...current.current, ...change }), { replace: true }),
    [navigate, id],
  );
  const onLoaded = useCallback((from: string, subgraph: Neighbourhood | null) => {
    setExpansions((current) => {
      const next = new Map(current);
      if (subgraph) next.set(from, subgraph);
      else next.delete(from);
      return next;
    });
  }, []);
  const expand = (node: string) => {
    if (node !== id && !view.expand.includes(node)) go({ expand: [...view.expand, node] });
  };

  const expandKey = view.expand.join(",");
  const drawing = useMemo(
    () =>
      shown?.neighbourhood
        ? mergeSubgraphs(
            shown.neighbourhood,
            expandKey
              .split(",")
              .filter(Boolean)
              .flatMap((from) => {
                const subgraph = expansions.get(from);
                return subgraph ? [{ from, subgraph }] : [];
              }),
          )
        : null,
    [shown, expansions, expandKey],
  );
  const selectedNode = drawing?.nodes.find((n) => n.id === selected);
  const label = (nodeId: string) => drawing?.nodes.find((n) => n.id === nodeId)?.label ?? nodeId;

  return (
    <article className="page graph-page">
      <header className="page-header">
        <h1>
          Graph around{" "}
          {centre ? <Link to={nodePath(centre.kind, centre.id)}>{centre.label}</Link> : id}
        </h1>
        <div className="graph-options">
          <label>
            Depth{" "}
            <select value={view.depth} onChange={(e) => go({ depth: Number(e.target.value) })}>
              <option value={1}>1 hop</option>
              <option value={2}>2 hops</option>
              <option value={3}>3 hops</option>
            </select>
          </label>
          {view.expand.length > 0 && (
            <button type="button" onClick={() => go({ expand: [] })}>
              Collapse {view.expand.length} expanded
            </button>
          )}
        </div>
        {live.position !== null && (
          <TimeTravelControls
            head={Math.max(live.position, view.asOf ?? 0)}
            asOf={view.asOf}
            validOn={view.validOn}
            onAsOf={(asOf) => go({ asOf })}
            onValidOn={(validOn) => go({ validOn })}
          />
        )}
      </header>
      {view.expand.map((node) => (
        <NeighbourhoodLoader
          key={node}
          id={node}
          asOfPosition={view.asOf}
          validOn={view.validOn}
          onLoaded={onLoaded}
        />
      ))}
      <QueryState
        data={shown && (shown.neighbourhood ? drawing : null)}
        error={error}
        loading={loading}
        notFound={`Nothing has the id “${id}”, or it was not known yet at that position.`}
      >
        {(d) => (
          <div className="graph-layout">
            <div className="graph-stage">
              <Suspense fallback={<div className="graph-canvas loading">Drawing…</div>}>
                <GraphCanvas drawing={d} centre={id} onSelect={setSelected} onExpand={expand} />
              </Suspense>
              <GraphLegend kinds={d.nodes.map((n) => n.kind)} lines={["asserted", "inferred"]} />
              {shown?.neighbourhood?.truncated && (
                <p className="note">
                  More was within reach than one drawing holds: some nodes are left out.
                </p>
              )}
            </div>
            <aside className="graph-side">
              <section aria-labelledby="selected-node" className="selected-node">
                <h2 id="selected-node">{selectedNode ? selectedNode.label : "Select a node"}</h2>
                {selectedNode ? (
                  <>
                    <p>
                      <KindBadge kind={selectedNode.kind} /> {selectedNode.distance} hop
                      {selectedNode.distance === 1 ? "" : "s"} away, known since log #
                      {selectedNode.knownSince}
                    </p>
                    <p className="actions">
                      <Link to={nodePath(selectedNode.kind, selectedNode.id)}>Open its page</Link>
                      <button
                        type="button"
                        disabled={selectedNode.id === id || view.expand.includes(selectedNode.id)}
                        onClick={() => expand(selectedNode.id)}
                      >
                        Expand
                      </button>
                      <Link
                        to={graphPath(selectedNode.id, { asOf: view.asOf, validOn: view.validOn })}
                      >
                        Centre here
                      </Link>
                    </p>
                  </>
                ) : (
                  <p className="empty">
                    Tap a node to open its page or expand it (double tap expands).
                  </p>
                )}
              </section>
              <section aria-labelledby="node-list">
                <h2 id="node-list">{d.nodes.length} nodes</h2>
                <ul className="node-list">
                  {d.nodes.map((n) => (
                    <li key={n.id} data-node={n.id}>
                      <NodeLink kind={n.kind} id={n.id} label={n.label} />
                      <span className="meta">
                        {" "}
                        · {n.distance} hop{n.distance === 1 ? "" : "s"}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
              <details>
                <summary>{d.edges.length} relations</summary>
                <ul className="edge-list">
                  {d.edges.map((e) => (
                    <li key={e.id} data-fact={e.factId} data-certainty={e.certainty}>
                      {label(e.from)} <span className="relation-type">{inWords(e.type)}</span>{" "}
                      {label(e.to)}
                      {e.certainty === "inferred" && (
                        <span className="certainty certainty-inferred">inferred</span>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            </aside>
          </div>
        )}
      </QueryState>
    </article>
  );
}
