import {
  getNamedType,
  isLeafType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

/** The fields the graph view draws with, selected when the schema has them. */
const NODE_FIELDS = ["id", "kind", "label", "knownUntil"];
const EDGE_FIELDS = [
  "id",
  "factId",
  "type",
  "from",
  "to",
  "certainty",
  "validFrom",
  "validTo",
  "knownSince",
  "knownUntil",
  "endedBy",
  "quotes",
];

/** The API's shape, for a GraphiQL that has no schema (introspection off, or reads closed). */
const FALLBACK = `query GraphViewNeighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 1) {
    nodes { distance node { id kind label knownUntil } }
    edges { id factId type from to certainty validFrom validTo knownSince knownUntil endedBy quotes }
  }
}`;

/**
 * The query that fetches a node's neighbours (one hop) for the graph view, written for the schema
 * GraphiQL introspected: only what the schema has is asked for, whether a subgraph's nodes are
 * wrapped (`{ distance node { id kind label } }`, the API's cache-safe shape) or flat (as they
 * were before it), so a schema change does not break the graph view silently.
 */
export function neighbourhoodQuery(schema: GraphQLSchema | null | undefined): string {
  const field = schema?.getQueryType()?.getFields().neighbourhood;
  const subgraph = field && getNamedType(field.type);
  if (!field || !isObjectType(subgraph)) return FALLBACK;
  const idArgument = field.args.find((argument) => argument.name === "id");
  const nodesType = objectTypeOf(subgraph, "nodes");
  const edgesType = objectTypeOf(subgraph, "edges");
  if (!idArgument || !nodesType || !edgesType) return FALLBACK;

  const wrappedNode = objectTypeOf(nodesType, "node");
  const nodes = wrappedNode
    ? `${leaves(nodesType, ["distance"])} node { ${leaves(wrappedNode, NODE_FIELDS)} }`
    : leaves(nodesType, [...NODE_FIELDS, "distance"]);
  return `query GraphViewNeighbourhood($id: ${String(idArgument.type)}) {
  neighbourhood(id: $id, depth: 1) {
    nodes { ${nodes} }
    edges { ${leaves(edgesType, EDGE_FIELDS)} }
  }
}`;
}

function objectTypeOf(type: GraphQLObjectType, fieldName: string): GraphQLObjectType | undefined {
  const field = type.getFields()[fieldName];
  const named = field && getNamedType(field.type);
  return isObjectType(named) ? named : undefined;
}

/** The wanted fields that the type has as scalars or enums, in the wanted order. */
function leaves(type: GraphQLObjectType, wanted: string[]): string {
  const fields = type.getFields();
  return wanted
    .filter((name) => {
      const field = fields[name];
      return field !== undefined && isLeafType(getNamedType(field.type));
    })
    .join(" ");
}
