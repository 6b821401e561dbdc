import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";

const cache = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

/**
 * The types of the graph's nodes (Incident, Module, the Entity interface, the Hardware union...):
 * those a generated `...Connection` read of Query pages through, and the unions of them. A list
 * of them nested in a selection is a node's relations of one type, as opposed to what a custom
 * read answers (a subgraph's nodes, a page of the log).
 */
export function graphNodeTypes(schema: GraphQLSchema): ReadonlySet<string> {
  const known = cache.get(schema);
  if (known) return known;
  const names = new Set<string>();
  for (const [name, field] of Object.entries(schema.getQueryType()?.getFields() ?? {})) {
    if (!name.endsWith("Connection")) continue;
    const connection = getNamedType(field.type);
    if (!isObjectType(connection)) continue;
    const edges = connection.getFields().edges;
    const edge = edges && getNamedType(edges.type);
    const node = isObjectType(edge) ? edge.getFields().node : undefined;
    if (node) names.add(getNamedType(node.type).name);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (isUnionType(type) && type.getTypes().every((member) => names.has(member.name)))
      names.add(type.name);
  }
  cache.set(schema, names);
  return names;
}

export function isGraphNodeType(schema: GraphQLSchema, type: GraphQLNamedType): boolean {
  return (
    (isObjectType(type) || isInterfaceType(type) || isUnionType(type)) &&
    graphNodeTypes(schema).has(type.name)
  );
}
