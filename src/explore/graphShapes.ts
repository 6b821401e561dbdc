import type { Node, Path, Relationship } from "neo4j-driver";
import { toNumber, toOptionalNumber } from "../neo4j/neo4jValues";

/** Plain shapes of the explored graph, converted from Neo4j's at the boundary. */
export interface GraphNode {
  id: string;
  kind: string;
  label: string;
  distance: number | null;
  knownSince: number;
  knownUntil: number | null;
}

export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  certainty: string | null;
  role: string | null;
  validFrom: string | null;
  validFromPrecision: string | null;
  validTo: string | null;
  validToPrecision: string | null;
  quotes: string[];
  sources: string[];
  knownSince: number;
  knownUntil: number | null;
  endedBy: string | null;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The kind of a fact node: the entity's kind, or Incident, IncidentUpdate, Statement. */
export function kindOf(node: Node): string {
  const p = node.properties as Record<string, unknown>;
  const labels = node.labels;
  if (labels.includes("Entity")) return String(p.kind);
  for (const label of ["IncidentUpdate", "Incident", "Statement", "Article"])
    if (labels.includes(label)) return label;
  const stream = String(p.stream ?? "");
  if (stream.startsWith("entity-")) return String(p.kind);
  if (p.updateId !== undefined && p.updateId !== null) return "IncidentUpdate";
  if (stream.startsWith("incident-")) return "Incident";
  if (stream.startsWith("statement-")) return "Statement";
  return labels[0] ?? "Unknown";
}

export function toGraphNode(node: Node, distance: number | null = null): GraphNode {
  const p = node.properties as Record<string, unknown>;
  return {
    id: String(p.id),
    kind: kindOf(node),
    label: String(p.name ?? p.title ?? p.description ?? p.text ?? p.id),
    distance,
    knownSince: toOptionalNumber(p.knownSince) ?? 0,
    knownUntil: toOptionalNumber(p.knownUntil) ?? null,
  };
}

export function toGraphEdge(relationship: Relationship, from: Node, to: Node): GraphEdge {
  const p = relationship.properties as Record<string, unknown>;
  const text = (key: string) => (p[key] === undefined || p[key] === null ? null : String(p[key]));
  return {
    id: String(p.id ?? relationship.elementId),
    type: String(p.type ?? relationship.type),
    from: String(from.properties.id),
    to: String(to.properties.id),
    certainty: text("certainty"),
    role: text("role"),
    validFrom: text("validFrom"),
    validFromPrecision: text("validFromPrecision"),
    validTo: text("validTo"),
    validToPrecision: text("validToPrecision"),
    quotes: (p.quotes as string[] | undefined) ?? [],
    sources: (p.sources as string[] | undefined) ?? [],
    knownSince: p.knownSince === undefined ? 0 : toNumber(p.knownSince),
    knownUntil: toOptionalNumber(p.knownUntil) ?? null,
    endedBy: text("endedBy"),
  };
}

/** Nodes (each at its least distance from the start) and edges of a set of paths, without repeats. */
export function subgraphOf(start: Node, paths: readonly Path[]): Subgraph {
  const nodes = new Map<string, GraphNode>([[start.elementId, toGraphNode(start, 0)]]);
  const edges = new Map<string, GraphEdge>();
  const byElement = new Map<string, Node>([[start.elementId, start]]);
  for (const path of paths) {
    path.segments.forEach((segment, index) => {
      for (const [node, distance] of [
        [segment.start, index],
        [segment.end, index + 1],
      ] as const) {
        byElement.set(node.elementId, node);
        const known = nodes.get(node.elementId);
        if (!known || (known.distance ?? Infinity) > distance)
          nodes.set(node.elementId, toGraphNode(node, distance));
      }
      const r = segment.relationship;
      if (!edges.has(r.elementId)) {
        const from = byElement.get(r.startNodeElementId)!;
        const to = byElement.get(r.endNodeElementId)!;
        edges.set(r.elementId, toGraphEdge(r, from, to));
      }
    });
  }
  const order = (a: GraphNode, b: GraphNode) =>
    (a.distance ?? 0) - (b.distance ?? 0) || a.id.localeCompare(b.id);
  return {
    nodes: [...nodes.values()].sort(order),
    edges: [...edges.values()].sort(
      (a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id),
    ),
  };
}
