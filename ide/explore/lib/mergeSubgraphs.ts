import type { Certainty, GraphRelationType, NodeKind } from "../generated/graphql";

// Subgraphs (a neighbourhood, and those of the nodes the user expanded) merged into one drawing:
// plain data, so that what the canvas shows is computed and tested apart from cytoscape.

export interface DrawnNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Hops from the centre, the smallest any subgraph gave it. */
  distance: number;
  knownSince: number;
}

export interface DrawnEdge {
  id: string;
  factId: string | null;
  type: GraphRelationType;
  from: string;
  to: string;
  certainty: Certainty | null;
}

export interface SubgraphLike {
  nodes: readonly {
    distance: number;
    node: { id: string; kind: NodeKind; label: string; knownSince: number };
  }[];
  edges: readonly {
    id: string;
    factId?: string | null;
    type: GraphRelationType;
    from: string;
    to: string;
    certainty?: Certainty | null;
  }[];
}

export interface Drawing {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

/**
 * The union of subgraphs: the first is the centre's; an expanded node's nodes count their
 * distance from the centre as one more than the expanded node's. Edges whose ends are not both
 * drawn are left out.
 */
export function mergeSubgraphs(
  centre: SubgraphLike,
  expansions: readonly { from: string; subgraph: SubgraphLike }[] = [],
): Drawing {
  const nodes = new Map<string, DrawnNode>();
  const edges = new Map<string, DrawnEdge>();
  const add = (subgraph: SubgraphLike, offset: number) => {
    for (const { distance, node } of subgraph.nodes) {
      const known = nodes.get(node.id);
      const d = distance + offset;
      if (!known || d < known.distance) nodes.set(node.id, { ...node, distance: d });
    }
    for (const edge of subgraph.edges) {
      edges.set(edge.id, {
        id: edge.id,
        factId: edge.factId ?? null,
        type: edge.type,
        from: edge.from,
        to: edge.to,
        certainty: edge.certainty ?? null,
      });
    }
  };
  add(centre, 0);
  for (const { from, subgraph } of expansions) {
    const base = nodes.get(from)?.distance;
    if (base === undefined) continue; // expanded from a node no longer drawn (time travel)
    add(subgraph, base);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id)),
    edges: [...edges.values()].filter((e) => nodes.has(e.from) && nodes.has(e.to)),
  };
}
