import {
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type ValueNode,
  valueFromASTUntyped,
} from "graphql";
import type { GraphQLContext } from "./context";

const string = (value: string): ValueNode => ({ kind: Kind.STRING, value });
const object = (fields: Record<string, ValueNode>): ValueNode => ({
  kind: Kind.OBJECT,
  fields: Object.entries(fields).map(([name, value]) => ({
    kind: Kind.OBJECT_FIELD,
    name: { kind: Kind.NAME, value: name },
    value,
  })),
});

/**
 * Read-your-writes for command payloads: the node "as now projected" is read by the generated
 * read of @neo4j/graphql (e.g. Query.entities), once the command's transaction has committed,
 * with the very selection the client asked for under the payload field, nested relationships
 * and fragments included. The payload field is presented to that resolver as the root field
 * `rootField(where: { id: { eq: id } }, limit: 1)`.
 */
export async function readProjected(
  info: GraphQLResolveInfo,
  context: GraphQLContext,
  rootField: string,
  id: string,
): Promise<Record<string, unknown> | null> {
  const nodes = await generatedRead(info, context, rootField, {
    where: object({ id: object({ eq: string(id) }) }),
    limit: { kind: Kind.INT, value: "1" },
  });
  return nodes?.[0] ?? null;
}

/** The alias under which readProjectedNodes reads each node's id, to give each its own. */
const ID_ALIAS = "projectedId";

/**
 * Like readProjected, for many nodes of one generated read in one query (the changes of a page):
 * `rootField(where: { id: { in: ids } }, limit: ids.length)`, each node found by its id (read
 * besides the client's selection), null for an id that reads nothing.
 */
export async function readProjectedNodes(
  info: GraphQLResolveInfo,
  context: GraphQLContext,
  rootField: string,
  ids: readonly string[],
): Promise<(Record<string, unknown> | null)[]> {
  const idField: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: ID_ALIAS },
    name: { kind: Kind.NAME, value: "id" },
  };
  const nodes = await generatedRead(
    info,
    context,
    rootField,
    {
      where: object({ id: object({ in: { kind: Kind.LIST, values: ids.map(string) } }) }),
      limit: { kind: Kind.INT, value: String(ids.length) },
    },
    [idField],
  );
  const byId = new Map((nodes ?? []).map((node) => [node[ID_ALIAS], node]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * Runs the generated read `rootField` with these arguments and the selection the client asked
 * under the field being resolved (and `extra` fields besides).
 */
async function generatedRead(
  info: GraphQLResolveInfo,
  context: GraphQLContext,
  rootField: string,
  args: Record<string, ValueNode>,
  extra: readonly FieldNode[] = [],
): Promise<Record<string, unknown>[] | null> {
  const queryType = info.schema.getQueryType() as GraphQLObjectType;
  const field = queryType.getFields()[rootField];
  const asked = info.fieldNodes[0];
  if (!field?.resolve || !asked) throw new Error(`no generated read ${rootField}`);
  const fieldNode: FieldNode = {
    ...asked,
    name: { kind: Kind.NAME, value: rootField },
    arguments: Object.entries(args).map(([name, value]) => ({
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: name },
      value,
    })),
    ...(asked.selectionSet && extra.length > 0
      ? {
          selectionSet: {
            ...asked.selectionSet,
            selections: [...asked.selectionSet.selections, ...extra],
          },
        }
      : {}),
  };
  const rootInfo: GraphQLResolveInfo = {
    ...info,
    fieldName: rootField,
    fieldNodes: [fieldNode],
    returnType: field.type,
    parentType: queryType,
  };
  return (await field.resolve(
    {},
    Object.fromEntries(
      Object.entries(args).map(([name, value]) => [name, valueFromASTUntyped(value)]),
    ),
    context,
    rootInfo,
  )) as Record<string, unknown>[] | null;
}
