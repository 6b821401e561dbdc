import type { Record as Neo4jRecord } from "neo4j-driver";

/* What the bench's reads share: their limits, their GraphQL and Cypher fragments, and how each
   side's answer is reduced to sorted strings (readQueries.ts). */

/**
 * The reads a frontend makes, each as GraphQL over HTTP and as the Cypher an analyst would
 * write by hand for the same answer (index-backed, through the driver). Each side is reduced to
 * the same canonical answer (sorted strings), so the bench checks that it compares like with like.
 */
export interface ReadQuery {
  key: string;
  name: string;
  /** Answers "as the log knew it at a position": judged against the time-travel target too. */
  timeTravel: boolean;
  graphql: { query: string; variables: Record<string, unknown> };
  cypher: { query: string; params: Record<string, unknown> };
  answerOfGraphQL(data: Record<string, unknown>): string[];
  answerOfCypher(records: readonly Neo4jRecord[]): string[];
}

/** neighbourhood's default limit (paths): a hub's neighbourhood is cut there, by both sides. */
export const NEIGHBOURHOOD_LIMIT = 500;
export const NESTED_LIMIT = 100;
export const SEARCH_FIRST = 20;

export interface GraphNodeData {
  node: { id: string };
}
export interface GraphEdgeData {
  factId: string | null;
  type: string;
  from: string;
  to: string;
}
export type Neighbour = {
  id: string | null;
  type: string;
  from: string;
  to: string;
  node: string;
} | null;

export const sorted = (items: Iterable<string>) => [...new Set(items)].sort();
export const str = (value: unknown) => (value === null || value === undefined ? "" : String(value));

function subgraphAnswer(subgraph: { nodes: GraphNodeData[]; edges: GraphEdgeData[] }): string[] {
  if (subgraph.edges.length >= NEIGHBOURHOOD_LIMIT) return [`cut at ${NEIGHBOURHOOD_LIMIT} paths`];
  return sorted([
    ...subgraph.nodes.map((n) => `node ${n.node.id}`),
    ...subgraph.edges.map((e) => `edge ${e.type} ${e.from}->${e.to}`),
  ]);
}

function neighboursAnswer(records: readonly Neo4jRecord[]): string[] {
  const record = records[0];
  if (!record) return ["not found"];
  const neighbours = (record.get("neighbours") as Neighbour[]).filter((n) => n !== null);
  if (neighbours.length >= NEIGHBOURHOOD_LIMIT) return [`cut at ${NEIGHBOURHOOD_LIMIT} paths`];
  return sorted([
    `node ${str(record.get("id"))}`,
    ...neighbours.flatMap((n) => [`node ${n.node}`, `edge ${n.type} ${n.from}->${n.to}`]),
  ]);
}

const NEIGHBOURHOOD_GRAPHQL = (asOf: boolean) => `
query Neighbourhood($id: ID!${asOf ? ", $asOf: Int" : ""}) {
  neighbourhood(id: $id, depth: 1${asOf ? ", asOfPosition: $asOf" : ""}) {
    nodes { distance node { id kind label } }
    edges { id factId type from to certainty validFrom validFromPrecision }
  }
}`;

const NEIGHBOURS_RETURN = `
WITH m, r, n LIMIT ${NEIGHBOURHOOD_LIMIT}
RETURN m.id AS id, m.kind AS kind, coalesce(m.name, m.title, m.text) AS label,
       collect(CASE WHEN r IS NULL THEN null ELSE {
         id: r.id, type: coalesce(r.type, type(r)),
         from: startNode(r).id, to: endNode(r).id, certainty: r.certainty,
         validFrom: r.validFrom, validFromPrecision: r.validFromPrecision,
         node: n.id, kind: n.kind, label: coalesce(n.name, n.title, n.description, n.text)
       } END) AS neighbours`;

/**
 * A read of an entity's neighbourhood (depth 1): neighbourhood(...) against the analyst's Cypher,
 * `match` binding m, r and n, then NEIGHBOURS_RETURN. The time-travel read asks asOfPosition.
 */
export function neighbourhoodRead(read: {
  key: string;
  name: string;
  timeTravel: boolean;
  variables: Record<string, unknown>;
  match: string;
  params: Record<string, unknown>;
}): ReadQuery {
  return {
    key: read.key,
    name: read.name,
    timeTravel: read.timeTravel,
    graphql: { query: NEIGHBOURHOOD_GRAPHQL(read.timeTravel), variables: read.variables },
    cypher: { query: `${read.match}\n${NEIGHBOURS_RETURN}`, params: read.params },
    answerOfGraphQL: (data) =>
      subgraphAnswer(data.neighbourhood as { nodes: GraphNodeData[]; edges: GraphEdgeData[] }),
    answerOfCypher: neighboursAnswer,
  };
}

export const HARDWARE_IDS =
  "__typename ... on Station { id } ... on Segment { id } ... on Module { id } ... on Vehicle { id } ... on Component { id }";
export const OPERATOR_IDS =
  "__typename ... on Agency { id } ... on Country { id } ... on Organization { id }";

/**
 * Hits of a first page: when it is full, those tied with its last hit may differ (either side
 * cuts among them), so they count, and only the hits above them are named.
 */
export function topHits(hits: readonly { id: string; score: number }[]): string[] {
  const last = hits[hits.length - 1];
  const full = hits.length >= SEARCH_FIRST && last !== undefined;
  const named = full ? hits.filter((h) => h.score > last.score) : hits;
  return [...sorted(named.map((h) => h.id)), `${hits.length} hits`];
}
