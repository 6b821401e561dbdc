/**
 * What a query may cost, estimated before it runs (MAX_QUERY_COST refuses more). A field costs
 * its own weight plus, for each item it may return (one, or a list's size), 1 for the object and
 * the cost of its selection:
 *
 *   cost(field) = weight(field) + size(field) x (1 + cost(its selection))   (objects)
 *   cost(field) = weight(field)                                              (scalars, enums)
 *
 * | field                                   | weight                                        |
 * | --------------------------------------- | --------------------------------------------- |
 * | most fields                             | 0                                             |
 * | a root field (Query, Mutation, ...)     | at least 10: one Cypher statement or more     |
 * | neighbourhood(depth, limit)             | 10 x 5^(depth-1) + limit/10: a hop multiplies the paths it expands |
 * | path(maxDepth)                          | 20 + 10 x maxDepth: a search both ways, up to maxDepth hops |
 * | relations(from, to), its connection     | 20 from an end; 200 with neither (reads every relation) |
 * | timeline(about), its connection         | 20 about a node; 50 otherwise (every dated fact) |
 * | search, its connection                  | 40 (four full-text indexes, scored)           |
 * | *ByName, *ByText                        | 20 (a full-text index, scored)                |
 * | incidentsIncludingParts, Person.incidents | 10 each parent: a walk down its parts and docked vehicles |
 * | and their connections                   |                                               |
 * | Statement.speakers                      | 2 each statement                              |
 * | eventLog, sources, its connection       | 10                                            |
 * | history (of a fact, or Query.history), its connection | 5 (batched per request, still a read) |
 * | draftArticle                            | 5000: CPU work on the API's thread (up to 1.3 s), one per operation |
 *
 * | list                                    | size                                          |
 * | --------------------------------------- | --------------------------------------------- |
 * | with a limit or first argument          | its value (eventLog's and search's first have defaults: 100, 20) |
 * | a generated read where: { id: { eq } }  | 1 (ids are unique); where: { id: { in } }: as many as its ids |
 * | the list of a page (a connection's edges, a FactChangePage's changes) | 1: the field returning the page counted them by its first |
 * | any other root list                     | 10, an assumed size (the generated reads' own default is 100, capped at 1000) |
 * | a nested list of the graph's nodes       | 5: a node's relations of one type (a module's incidents, a segment's parts) are few; nested lists multiply, and 10 per level refused honest questions three levels down |
 *
 * Introspection (__schema, __type) costs nothing: GraphiQL asks for it.
 */

/** Arguments of a field, its defaults applied (as the resolver sees them). */
export type FieldArguments = Record<string, unknown>;

/** A root field is one Cypher statement at least. */
export const ROOT_FIELD_WEIGHT = 10;
/** What each object returned costs, besides its selection. */
export const OBJECT_COST = 1;
/** The size assumed for a list of a root field that says nothing of its size. */
export const ASSUMED_LIST_SIZE = 10;
/** The size assumed for a nested list (a node's relations of one type) that says nothing of it. */
export const ASSUMED_NESTED_LIST_SIZE = 5;
/** Arguments that say how many items a list returns. */
export const LIST_SIZE_ARGUMENTS = ["limit", "first"] as const;

const number = (value: unknown, fallback: number) => (typeof value === "number" ? value : fallback);

const FULL_TEXT = 20;

/** A list and its connection weigh the same: the same match, read whole or a page of it. */
const relationsWeight = (args: FieldArguments) => (args.from || args.to ? 20 : 200);
const timelineWeight = (args: FieldArguments) => (args.about ? 20 : 50);
const searchWeight = () => 2 * FULL_TEXT;

/** Weights of the fields that cost more than an object, by "Type.field" or "*.field". */
export const FIELD_WEIGHTS: Readonly<Record<string, (args: FieldArguments) => number>> = {
  "Query.neighbourhood": (args) =>
    10 * 5 ** (number(args.depth, 1) - 1) + Math.ceil(number(args.limit, 0) / 10),
  "Query.path": (args) => 20 + 10 * number(args.maxDepth, 6),
  "Query.relations": relationsWeight,
  "Query.relationsConnection": relationsWeight,
  "Query.timeline": timelineWeight,
  "Query.timelineConnection": timelineWeight,
  "Query.search": searchWeight,
  "Query.searchConnection": searchWeight,
  "*.incidentsIncludingParts": () => 10,
  "Person.incidents": () => 10,
  "*.incidentsIncludingPartsPage": () => 10,
  "Person.incidentsPage": () => 10,
  "Statement.speakers": () => 2,
  "Query.eventLog": () => 10,
  "Query.sources": () => 10,
  "Query.sourcesConnection": () => 10,
  "*.history": () => 5,
  "*.historyConnection": () => 5,
  // Half the default MAX_QUERY_COST: aliases cannot make one operation draft several texts.
  "Query.draftArticle": () => 5_000,
};

/** The weight of a field of the generated full-text reads (peopleByName, incidentsByText...). */
export function isFullTextField(typeName: string, fieldName: string): boolean {
  return typeName === "Query" && /By(Name|Text)$/.test(fieldName);
}

export function fieldWeight(
  typeName: string,
  fieldName: string,
  args: FieldArguments,
  isRoot: boolean,
): number {
  const weigh = FIELD_WEIGHTS[`${typeName}.${fieldName}`] ?? FIELD_WEIGHTS[`*.${fieldName}`];
  const own = weigh ? weigh(args) : isFullTextField(typeName, fieldName) ? FULL_TEXT : 0;
  return isRoot ? Math.max(own, ROOT_FIELD_WEIGHT) : own;
}

/**
 * The most nodes a generated read filtered by id returns: one for `where: { id: { eq } }`, as
 * many as the ids of `where: { id: { in } }` (ids are unique); undefined for any other filter.
 */
function idFilterSize(args: FieldArguments): number | undefined {
  const where = args.where as { id?: { eq?: unknown; in?: unknown } } | undefined;
  if (typeof where?.id?.eq === "string") return 1;
  if (Array.isArray(where?.id?.in)) return where.id.in.length;
  return undefined;
}

/** How many items a list field may return (1 for a field that is no list). */
export function listSize(
  args: FieldArguments,
  isList: boolean,
  inConnection: boolean,
  isRoot = true,
): number {
  if (!isList || inConnection) return 1;
  const byId = idFilterSize(args);
  for (const name of LIST_SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === "number" && value >= 0) return Math.min(value, byId ?? value);
  }
  return byId ?? (isRoot ? ASSUMED_LIST_SIZE : ASSUMED_NESTED_LIST_SIZE);
}

/** Like listSize, for a ...Connection field: its first (or the assumed size). */
export function connectionSize(args: FieldArguments, isRoot = true): number {
  const first = args.first;
  if (typeof first === "number" && first >= 0) return first;
  return isRoot ? ASSUMED_LIST_SIZE : ASSUMED_NESTED_LIST_SIZE;
}
