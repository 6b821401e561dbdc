import { getNullableType, isListType, isObjectType, type GraphQLNamedType } from "graphql";

/** A connection of @neo4j/graphql's generated reads, whose cursors the library issues. */
export function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.name.endsWith("Connection") && "edges" in type.getFields();
}

/**
 * A page of a list: a type holding the list and where the next page starts (pageInfo, as Relay's
 * connections and the explore reads' pages, or endCursor, as the changes' page). The field that
 * returns it counts its items by its first; its list then counts once.
 */
export function isPage(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = Object.values(type.getFields());
  return (
    fields.some((field) => field.name === "pageInfo" || field.name === "endCursor") &&
    fields.some((field) => isListType(getNullableType(field.type)))
  );
}
