/**
 * Nodes and edges found in a GraphQL result, whatever its shape. The explore API's shapes are
 * changing (a subgraph's nodes flat, `{ id kind label distance }`, or wrapped,
 * `{ distance node { id kind label } }`), and the generated reads nest nodes in fields and in
 * Relay connections, so the result is walked rather than read at fixed paths:
 *
 * - an object with `from` and `to` (ids, or objects with an `id`) is an edge;
 * - an object with an `id` and a `label`, `name` or `title` is a node;
 * - a node nested under another node, directly, through a wrapper object or through a
 *   connection's `edges { node }`, is joined to it by an edge named after the field
 *   (`memberOfConnection` gives `memberOf`), with the connection edge's `properties`;
 * - a wrapper's `distance` (`{ distance, node }`) is its node's;
 * - an edge selected without a version (no `id`, no `knownSince`) and one with a version, of the
 *   same type between the same nodes, are one edge: the neighbourhood of a clicked node asks for
 *   ids where the query on screen may not have.
 */
export interface GraphNode {
  id: string;
  label: string;
  /** `kind`, else `__typename`. */
  kind?: string;
  /** Hops from the start of a neighbourhood or path, when the result says. */
  distance?: number;
  /** Log position of its retraction, if retracted. */
  knownUntil?: number;
  /** Named only as an edge's end: the result did not hold the node itself. */
  placeholder?: boolean;
}

export interface GraphEdge {
  /**
   * Unique in a graph, and kept when the edge is met again: the edge's `id` (with its
   * `knownSince` when the id alone is not per version), or its type, ends and knownSince.
   */
  key: string;
  /** The edge's `id` in the result, if selected. */
  id?: string;
  /** The relation's fact id, when the result gives it (`factId`, or else `id`). */
  factId?: string;
  type: string;
  from: string;
  to: string;
  certainty?: string;
  quotes: string[];
  validFrom?: string;
  validTo?: string;
  knownSince?: number;
  /** Set on a version that ended (retracted or corrected): a historical edge. */
  knownUntil?: number;
  endedBy?: string;
  /** Drawn from the nesting of the result (a field or connection), not an edge object of it. */
  nested?: boolean;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const EMPTY_GRAPH: Graph = { nodes: [], edges: [] };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;

const int = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

/** An edge's end: an id, or a node object with one. */
const endId = (value: unknown): string | undefined =>
  isObject(value) ? text(value.id) : text(value);

const nodeLabel = (value: Json): string | undefined =>
  text(value.label) ?? text(value.name) ?? text(value.title);

const isEdgeObject = (value: Json): boolean =>
  endId(value.from) !== undefined && endId(value.to) !== undefined;

const isNodeObject = (value: Json): boolean =>
  text(value.id) !== undefined && nodeLabel(value) !== undefined && !isEdgeObject(value);

/** Where a value was met: the node it hangs from, through which field, with what properties. */
interface Context {
  parent?: string;
  field?: string;
  properties?: Json;
  distance?: number;
}

/** The nodes and edges of a GraphQL result (its `data`, when it has one), in the order met. */
export function extractGraph(result: unknown): Graph {
  const builder = new GraphBuilder();
  const root = isObject(result) && "data" in result ? result.data : result;
  builder.visit(root, {});
  return builder.graph();
}

/** `a` with what `b` adds: nodes by id, edges by key; `a`'s values win, gaps are filled from `b`. */
export function mergeGraphs(a: Graph, b: Graph): Graph {
  const builder = new GraphBuilder();
  for (const graph of [a, b]) {
    graph.nodes.forEach((node) => builder.addNode(node));
    graph.edges.forEach((edge) => builder.addEdge(edge));
  }
  return builder.graph();
}

class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  /** The edges of each relation (`type:from:to`), to find one met again in another selection. */
  private readonly relations = new Map<string, GraphEdge[]>();

  graph(): Graph {
    // An edge whose end the result did not hold still gets that end drawn, named by its id.
    for (const edge of this.edges.values()) {
      for (const id of [edge.from, edge.to]) {
        if (!this.nodes.has(id)) this.nodes.set(id, { id, label: id, placeholder: true });
      }
    }
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }

  addNode(node: GraphNode): void {
    const known = this.nodes.get(node.id);
    if (!known || (known.placeholder && !node.placeholder)) {
      this.nodes.set(node.id, { ...node });
      return;
    }
    if (node.placeholder) return;
    known.kind ??= node.kind;
    known.knownUntil ??= node.knownUntil;
    if (node.distance !== undefined)
      known.distance = Math.min(known.distance ?? node.distance, node.distance);
  }

  addEdge(edge: GraphEdge): void {
    const relation = `${edge.type}:${edge.from}:${edge.to}`;
    const versions = this.relations.get(relation) ?? [];
    const known =
      this.edges.get(edge.key) ??
      versions.find((version) => !isVersioned(version) || !isVersioned(edge));
    if (known) {
      fillEdge(known, edge);
      return;
    }
    const added = { ...edge, quotes: [...edge.quotes] };
    this.edges.set(edge.key, added);
    this.relations.set(relation, [...versions, added]);
  }

  visit(value: unknown, context: Context): void {
    if (Array.isArray(value)) {
      value.forEach((item) => this.visit(item, context));
      return;
    }
    if (!isObject(value)) return;
    if (isEdgeObject(value)) {
      this.addEdgeObject(value);
      return;
    }
    if (isNodeObject(value)) {
      this.addNodeObject(value, context);
      return;
    }
    // A wrapper: a subgraph, a `{ distance, node }`, a connection, one of its edges, a payload.
    // What it holds hangs from the same node, through the same field; a connection edge's
    // properties and a wrapper's distance go to the node it holds.
    const inner: Context = {
      ...context,
      properties: isObject(value.properties) ? value.properties : context.properties,
      distance: int(value.distance) ?? context.distance,
    };
    for (const [key, child] of Object.entries(value)) {
      if (key === "properties" && isObject(value.node)) continue;
      this.visit(child, inner);
    }
  }

  private addNodeObject(value: Json, context: Context): void {
    const id = text(value.id)!;
    const kind = text(value.kind) ?? text(value.__typename);
    const distance = int(value.distance) ?? context.distance;
    const knownUntil = int(value.knownUntil);
    this.addNode({
      id,
      label: nodeLabel(value)!,
      ...(kind !== undefined && { kind }),
      ...(distance !== undefined && { distance }),
      ...(knownUntil !== undefined && { knownUntil }),
    });
    if (context.parent !== undefined && context.field !== undefined && context.parent !== id) {
      this.addEdge(nestedEdge(context.parent, id, context.field, context.properties));
    }
    for (const [key, child] of Object.entries(value)) {
      this.visit(child, { parent: id, field: key });
    }
  }

  private addEdgeObject(value: Json): void {
    const from = endId(value.from)!;
    const to = endId(value.to)!;
    const type = text(value.type) ?? text(value.__typename) ?? "RELATED";
    const id = text(value.id);
    // The contract's factId (null on structural edges); before it, an edge's id was its fact's.
    const factId = "factId" in value ? text(value.factId) : id;
    const details = edgeDetails(value);
    this.addEdge({
      key: edgeKey(id, type, from, to, details.knownSince),
      ...(id !== undefined && { id }),
      type,
      from,
      to,
      ...(factId !== undefined && { factId }),
      ...details,
    });
    // Its ends may be node objects (a relation fact's `from { id label }`), and it may hold more;
    // none of it hangs from a node.
    for (const child of Object.values(value)) this.visit(child, {});
  }
}

const isVersioned = (edge: GraphEdge) => edge.id !== undefined || edge.knownSince !== undefined;

/**
 * What an edge met again adds to the one drawn. A versionless edge takes the version of the first
 * versioned one met (its other versions stay edges of their own); otherwise only gaps are filled:
 * the end of a version is never taken from another.
 */
function fillEdge(known: GraphEdge, met: GraphEdge): void {
  const adopt = !isVersioned(known) && isVersioned(met);
  if (adopt) {
    for (const key of ["id", "knownSince", "knownUntil", "endedBy"] as const) {
      if (met[key] !== undefined) Object.assign(known, { [key]: met[key] });
    }
  }
  for (const key of ["factId", "certainty", "validFrom", "validTo"] as const) {
    if (known[key] === undefined && met[key] !== undefined) known[key] = met[key];
  }
  if (known.quotes.length === 0) known.quotes.push(...met.quotes);
}

/**
 * A version's key. The contract's edge ids are per version (`<factId>@<knownSince>`); an id that
 * is the relation's alone would make a current edge and its historical versions one.
 */
function edgeKey(
  id: string | undefined,
  type: string,
  from: string,
  to: string,
  knownSince: number | undefined,
): string {
  const version = knownSince === undefined ? "" : `@${knownSince}`;
  if (id === undefined) return `${type}:${from}:${to}${version}`;
  return version === "" || id.endsWith(version) ? id : `${id}${version}`;
}

function nestedEdge(from: string, to: string, field: string, properties?: Json): GraphEdge {
  const type = field.replace(/Connection$/, "");
  return {
    key: `${type}:${from}:${to}`,
    type,
    from,
    to,
    nested: true,
    ...edgeDetails(properties ?? {}),
  };
}

type EdgeDetails = Pick<
  GraphEdge,
  "quotes" | "certainty" | "validFrom" | "validTo" | "endedBy" | "knownSince" | "knownUntil"
>;

/** Provenance and validity of an edge object or of a connection edge's properties. */
function edgeDetails(value: Json): EdgeDetails {
  const details: EdgeDetails = { quotes: strings(value.quotes) };
  for (const key of ["certainty", "validFrom", "validTo", "endedBy"] as const) {
    const item = text(value[key]);
    if (item !== undefined) details[key] = item;
  }
  for (const key of ["knownSince", "knownUntil"] as const) {
    const item = int(value[key]);
    if (item !== undefined) details[key] = item;
  }
  return details;
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string")
    : [];
}
