import { getNullableType, isListType, isObjectType, type GraphQLNamedType } from "graphql";

/** A connection of @neo4j/graphql's generated reads, whose cursors the library issues. */
export function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.name.endsWith("Connection") && "edges" in type.getFields();
}

/** Whether each type is a page, once asked (isPage). */
const pages = new WeakMap<GraphQLNamedType, boolean>();

/**
 * A page of a list: a type holding the list and where the next page starts (pageInfo, as Relay's
 * connections and the explore reads' pages, or endCursor, as the changes' page). The field that
 * returns it counts its items by its first; its list then counts once.
 */
export function isPage(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  // Asked of every field of every request's cost walk: each type's fields are scanned once.
  let known = pages.get(type);
  if (known === undefined) {
    const fields = Object.values(type.getFields());
    known =
      fields.some((field) => field.name === "pageInfo" || field.name === "endCursor") &&
      fields.some((field) => isListType(getNullableType(field.type)));
    pages.set(type, known);
  }
  return known;
}
