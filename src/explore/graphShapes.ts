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
 * (a whole node carries its quotes, event ids and text; shipping those was most of a read's time),
 * as a list of values in the order of its columns (NODE_COLUMNS, EDGE_COLUMNS), not a map: the
 * driver decodes every key of every map, and for a neighbourhood of 500 edges the keys were
 * half of its work (maps took 21 ms of the API's CPU, lists 8, measured on 024c1aa at 10k).
 * A node's kind and label are computed in Cypher too.
 */
export type NodeView = readonly unknown[];
export type EdgeView = readonly unknown[];

/** A view's columns: each name with the Cypher of its value over the node or relationship. */
type Columns = readonly (readonly [name: string, cypher: (x: string) => string])[];

const indexOfColumns = <C extends Columns>(columns: C) =>
  Object.fromEntries(columns.map(([name], index) => [name, index])) as Record<C[number][0], number>;
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

/** The columns of a node's view, in order. */
const NODE_COLUMNS = [
  ["id", (x) => `${x}.id`],
  ["kind", kindIn],
  ["label", (x) => `coalesce(${x}.name, ${x}.title, ${x}.description, ${x}.text, ${x}.id)`],
  ["knownSince", (x) => `${x}.knownSince`],
  ["knownUntil", (x) => `${x}.knownUntil`],
] as const satisfies Columns;
const NODE = indexOfColumns(NODE_COLUMNS);

/**
 * Cypher: the view of node `x` (NodeView), and after its columns the values of `extra`
 * (Cypher expressions: a subgraph's node carries its distance).
 */
export function nodeView(x: string, ...extra: string[]): string {
  return `[${[...NODE_COLUMNS.map(([, value]) => value(x)), ...extra].join(", ")}]`;
}

/** The first value after a node view's columns (nodeView's first extra). */
export function extraOfNodeView(view: NodeView): unknown {
  return view[NODE_COLUMNS.length];
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
 * The columns of an edge's view, in order: those it always reads (the relationship's type, its
 * ends, and its `type` property, which a HISTORICAL one keeps of its former type), then the
 * details (EDGE_DETAILS), null where the operation did not select them.
 */
const EDGE_COLUMNS = [
  ["relationshipType", (r) => `type(${r})`],
  ["from", (r) => `startNode(${r}).id`],
  ["to", (r) => `endNode(${r}).id`],
  ["id", (r) => `${r}.id`],
  ["stream", (r) => `${r}.stream`],
  ["type", (r) => `${r}.type`],
  ["knownSince", (r) => `${r}.knownSince`],
  ...EDGE_DETAILS.map((detail) => [detail, (r: string) => `${r}.${detail}`] as const),
] as const satisfies Columns;
const EDGE = indexOfColumns(EDGE_COLUMNS);

/**
 * Cypher: the view of relationship `r` (EdgeView), with the details asked for and null for the
 * others, so that one selection is one query text (one plan).
 */
export function edgeView(r: string, details: ReadonlySet<EdgeDetail> = ALL_EDGE_DETAILS): string {
  const read = (name: string) =>
    !ALL_EDGE_DETAILS.has(name as EdgeDetail) || details.has(name as EdgeDetail);
  return `[${EDGE_COLUMNS.map(([name, value]) => (read(name) ? value(r) : "null")).join(", ")}]`;
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
    RETURN collect(${nodeView("x", "distance")}) AS nodes
  }
  CALL (paths) {
    UNWIND paths AS p
    UNWIND relationships(p) AS r
    WITH DISTINCT r
    RETURN collect(${edgeView("r", details)}) AS edges
  }`;
}

/** The subgraph subgraphOfPaths returned (each node's view with its distance), around its start node, ordered by distance. */
export function toSubgraph(
  start: NodeView,
  nodes: readonly NodeView[],
  edges: readonly EdgeView[],
  truncated = false,
): Subgraph {
  const startId = String(start[NODE.id]);
  const placed: SubgraphNode[] = [
    { distance: 0, node: toGraphNode(start) },
    ...nodes
      .filter((view) => String(view[NODE.id]) !== startId)
      .map((view) => ({ distance: toNumber(extraOfNodeView(view)), node: toGraphNode(view) })),
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

export function toGraphNode(view: NodeView): GraphNode {
  const kind = view[NODE.kind];
  return {
    id: String(view[NODE.id]),
    kind: typeof kind === "string" ? kind : "Unknown",
    label: String(view[NODE.label]),
    knownSince: toOptionalNumber(view[NODE.knownSince]) ?? 0,
    knownUntil: toOptionalNumber(view[NODE.knownUntil]) ?? null,
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

export function toGraphEdge(view: EdgeView): GraphEdge {
  const text = (column: keyof typeof EDGE) => {
    const value = view[EDGE[column]];
    return value === undefined || value === null ? null : String(value);
  };
  const list = (column: keyof typeof EDGE) => (view[EDGE[column]] as string[] | null) ?? [];
  const from = String(view[EDGE.from]);
  const to = String(view[EDGE.to]);
  const type = text("type") ?? String(view[EDGE.relationshipType]);
  const knownSince = toOptionalNumber(view[EDGE.knownSince]) ?? 0;
  return {
    id: versionId(text("id"), { type, from, to }, knownSince),
    factId: factIdOfEdge(text("stream"), type, from),
    type,
    from,
    to,
    certainty: text("certainty"),
    role: text("role"),
    validFrom: text("validFrom"),
    validFromPrecision: text("validFromPrecision"),
    validTo: text("validTo"),
    validToPrecision: text("validToPrecision"),
    quotes: list("quotes"),
    sources: list("sources"),
    knownSince,
    knownUntil: toOptionalNumber(view[EDGE.knownUntil]) ?? null,
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
