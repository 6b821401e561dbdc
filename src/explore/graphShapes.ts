import type { Record as Neo4jRecord } from "neo4j-driver";
import { factIdOf } from "../domain/streams";
import { LABEL } from "../graph/graphLabels";
import { TYPE } from "../graph/relationshipTypes";
import { toNumber, toOptionalNumber } from "../neo4j/neo4jValues";

/** Plain shapes of the explored graph, converted from Neo4j's at the boundary. */
export interface GraphNode {
  id: string;
  kind: string;
  label: string;
  knownSince: number;
  knownUntil: number | null;
}

/** A node where it stands in a subgraph: its distance belongs to the subgraph, not to the node. */
export interface SubgraphNode {
  distance: number;
  node: GraphNode;
}

export interface GraphEdge {
  /** The version's own id (versionId): one relation's versions share its factId. */
  id: string;
  factId: string | null;
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
  nodes: SubgraphNode[];
  edges: GraphEdge[];
  /** More was within reach than the read's limit let in: some nodes and edges are left out. */
  truncated: boolean;
}

/**
 * A node or relationship as the reads return it: only what the API shows, projected in Cypher
 * (a whole node carries its quotes, event ids and text; shipping those was most of a read's time).
 * A node's kind and label are computed there too (nodeView).
 */
export interface NodeView {
  properties: Record<string, unknown>;
}

export interface EdgeView {
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/** Cypher: the kind of fact node `x` (an entity's kind, Incident, IncidentUpdate, Statement). */
export function kindIn(x: string): string {
  return `CASE
      WHEN ${x}:${LABEL.Entity} THEN ${x}.kind
      WHEN ${x}:${LABEL.IncidentUpdate} OR ${x}.updateId IS NOT NULL THEN 'IncidentUpdate'
      WHEN ${x}:${LABEL.Incident} OR ${x}.stream STARTS WITH 'incident-' THEN 'Incident'
      WHEN ${x}:${LABEL.Statement} OR ${x}.stream STARTS WITH 'statement-' THEN 'Statement'
      WHEN ${x}.stream STARTS WITH 'entity-' THEN ${x}.kind
      ELSE head(labels(${x})) END`;
}

/** Cypher: the view of node `x` (a map shaped like NodeView, its kind computed). */
export function nodeView(x: string): string {
  return `{properties: ${x} {.id, .knownSince, .knownUntil, kind: ${kindIn(x)},
    label: coalesce(${x}.name, ${x}.title, ${x}.description, ${x}.text, ${x}.id)}}`;
}

/**
 * The fields of an edge that a read leaves out when the operation does not select them; its id,
 * factId, type, ends and knownSince it always reads. At 500 edges, reading every field took a
 * third of a neighbourhood's time in Neo4j and the driver.
 */
export const EDGE_DETAILS = [
  "certainty",
  "role",
  "validFrom",
  "validFromPrecision",
  "validTo",
  "validToPrecision",
  "quotes",
  "sources",
  "knownUntil",
  "endedBy",
] as const satisfies readonly (keyof GraphEdge)[];
export type EdgeDetail = (typeof EDGE_DETAILS)[number];
export const ALL_EDGE_DETAILS: ReadonlySet<EdgeDetail> = new Set(EDGE_DETAILS);

/** The details among the fields an operation selected on an edge. */
export function edgeDetails(selected: ReadonlySet<string>): ReadonlySet<EdgeDetail> {
  return new Set(EDGE_DETAILS.filter((detail) => selected.has(detail)));
}

/**
 * Cypher: the view of relationship `r` (a map shaped like EdgeView), with the details asked for.
 * They are written in EDGE_DETAILS's order, so that one selection is one query text (one plan).
 */
export function edgeView(r: string, details: ReadonlySet<EdgeDetail> = ALL_EDGE_DETAILS): string {
  const read = EDGE_DETAILS.filter((detail) => details.has(detail)).map((detail) => `, .${detail}`);
  return `{type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id,
    properties: ${r} {.id, .stream, .type, .knownSince${read.join("")}}}`;
}

/**
 * Cypher, after `WITH start, collect(p) AS paths`: the subgraph the paths span, each node once
 * at its least distance from the start and each relationship once (columns nodes, edges).
 */
export function subgraphOfPaths(details: ReadonlySet<EdgeDetail> = ALL_EDGE_DETAILS): string {
  return `
  CALL (paths) {
    UNWIND paths AS p
    UNWIND range(1, length(p)) AS i
    WITH nodes(p)[i] AS x, min(i) AS distance
    RETURN collect({view: ${nodeView("x")}, distance: distance}) AS nodes
  }
  CALL (paths) {
    UNWIND paths AS p
    UNWIND relationships(p) AS r
    WITH DISTINCT r
    RETURN collect(${edgeView("r", details)}) AS edges
  }`;
}

/** The subgraph subgraphOfPaths returned, around its start node, ordered by distance. */
export function toSubgraph(
  start: NodeView,
  nodes: readonly { view: NodeView; distance: unknown }[],
  edges: readonly EdgeView[],
  truncated = false,
): Subgraph {
  const startId = String(start.properties.id);
  const placed: SubgraphNode[] = [
    { distance: 0, node: toGraphNode(start) },
    ...nodes
      .filter((n) => String(n.view.properties.id) !== startId)
      .map((n) => ({ distance: toNumber(n.distance), node: toGraphNode(n.view) })),
  ];
  return {
    nodes: placed.sort((a, b) => a.distance - b.distance || a.node.id.localeCompare(b.node.id)),
    edges: edges
      .map(toGraphEdge)
      .sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id)),
    truncated,
  };
}

/** A path's nodes and relationships, in path order from its start. */
export function toPath(nodes: readonly NodeView[], edges: readonly EdgeView[]): Subgraph {
  return {
    nodes: nodes.map((view, distance) => ({ distance, node: toGraphNode(view) })),
    edges: edges.map(toGraphEdge),
    truncated: false,
  };
}

export function toGraphNode(node: NodeView): GraphNode {
  const p = node.properties;
  return {
    id: String(p.id),
    kind: typeof p.kind === "string" ? p.kind : "Unknown",
    label: String(p.label),
    knownSince: toOptionalNumber(p.knownSince) ?? 0,
    knownUntil: toOptionalNumber(p.knownUntil) ?? null,
  };
}

/**
 * The id of one version of a relationship: its own id (every relationship a fact makes has one)
 * and the position from which this version is known; the versions of a corrected relation share
 * the first and differ by the second.
 */
export function versionId(
  relationshipId: string | null,
  edge: { type: string; from: string; to: string },
  knownSince: number,
): string {
  return `${relationshipId ?? `${edge.type}:${edge.from}:${edge.to}`}@${knownSince}`;
}

/**
 * The fact whose events made a relationship: the fact of its stream (relation-<id>,
 * incident-<id>, statement-<id>); an incident's update (HAS_UPDATE, no stream of its own) is the
 * incident's.
 */
export function factIdOfEdge(stream: string | null, type: string, from: string): string | null {
  if (stream) return factIdOf(stream);
  return type === TYPE.HAS_UPDATE ? from : null;
}

export function toGraphEdge(edge: EdgeView): GraphEdge {
  const p = edge.properties;
  const text = (key: string) => (p[key] === undefined || p[key] === null ? null : String(p[key]));
  const type = String(p.type ?? edge.type);
  const knownSince =
    p.knownSince === undefined || p.knownSince === null ? 0 : toNumber(p.knownSince);
  return {
    id: versionId(text("id"), { type, from: edge.from, to: edge.to }, knownSince),
    factId: factIdOfEdge(text("stream"), type, edge.from),
    type,
    from: edge.from,
    to: edge.to,
    certainty: text("certainty"),
    role: text("role"),
    validFrom: text("validFrom"),
    validFromPrecision: text("validFromPrecision"),
    validTo: text("validTo"),
    validToPrecision: text("validToPrecision"),
    quotes: (p.quotes as string[] | undefined | null) ?? [],
    sources: (p.sources as string[] | undefined | null) ?? [],
    knownSince,
    knownUntil: toOptionalNumber(p.knownUntil) ?? null,
    endedBy: text("endedBy"),
  };
}

/** A relation with both its ends, as the relations read answers it. */
export interface RelationFact extends GraphEdge {
  fromNode: GraphNode;
  toNode: GraphNode;
}

/** Cypher returning a relationship `r` between `a` and `b` as a RelationFact's views. */
export function relationViews(details: ReadonlySet<EdgeDetail> = ALL_EDGE_DETAILS): string {
  return `${nodeView("a")} AS a, ${edgeView("r", details)} AS r, ${nodeView("b")} AS b`;
}

export function toRelationFact(record: Neo4jRecord): RelationFact {
  return {
    ...toGraphEdge(record.get("r") as EdgeView),
    fromNode: toGraphNode(record.get("a") as NodeView),
    toNode: toGraphNode(record.get("b") as NodeView),
  };
}
