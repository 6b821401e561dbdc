import {
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type ValueNode,
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
  const queryType = info.schema.getQueryType() as GraphQLObjectType;
  const field = queryType.getFields()[rootField];
  const asked = info.fieldNodes[0];
  if (!field?.resolve || !asked) throw new Error(`no generated read ${rootField}`);
  const fieldNode: FieldNode = {
    ...asked,
    name: { kind: Kind.NAME, value: rootField },
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: "where" },
        value: object({ id: object({ eq: string(id) }) }),
      },
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: "limit" },
        value: { kind: Kind.INT, value: "1" },
      },
    ],
  };
  const rootInfo: GraphQLResolveInfo = {
    ...info,
    fieldName: rootField,
    fieldNodes: [fieldNode],
    returnType: field.type,
    parentType: queryType,
  };
  const nodes = (await field.resolve(
    {},
    { where: { id: { eq: id } }, limit: 1 },
    context,
    rootInfo,
  )) as Record<string, unknown>[] | null;
  return nodes?.[0] ?? null;
}
