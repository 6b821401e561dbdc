import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isLeafType,
  isListType,
  isObjectType,
  isInterfaceType,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import type { RequestLimits } from "../config/serverSettings";
import { parseWorldTime } from "../domain/WorldTime";
import { isIssuedCursor } from "./connectionCursor";
import { cheaperRead } from "./cheaperReads";
import { filterDepth } from "./filterDepth";
import { isGraphNodeType } from "./graphNodeTypes";
import { isConnection, isPage } from "./pageTypes";
import { badArgument, limitExceeded } from "./errors";
import {
  connectionSize,
  fieldWeight,
  listSize,
  OBJECT_COST,
  type FieldArguments,
} from "./queryCost";

/** The most items a `limit` or `first` argument may ask for. */
export const MAX_PAGE_SIZE = 1000;
/** Arguments that page a list: never negative. */
const PAGE_ARGUMENTS = ["limit", "offset", "first"] as const;
/** Arguments of a connection that take one of its cursors. */
const CURSOR_ARGUMENTS = ["after", "before"] as const;

type Variables = Readonly<Record<string, unknown>>;

/** The date arguments of the SDL's @cypher fields: Cypher reads them with date(). */
const CYPHER_DATE_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  "Person.incidents": ["validOn"],
};

/** A year, month or day that exists (2024, 2024-02, 2024-02-29; not 2023-02-29). */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return false;
  const parsed = parseWorldTime(value);
  return !("error" in parsed);
}

/**
 * The nesting of input objects in a value of JSON (a variable's), at most `max + 1`: counting
 * stops there, so a value nested a million deep costs what one nested `max + 1` deep does.
 */
function jsonDepth(value: unknown, max: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, level] = stack.pop()!;
    if (item === null || typeof item !== "object") continue;
    const here = Array.isArray(item) ? level : level + 1;
    deepest = Math.max(deepest, here);
    if (deepest > max) return deepest;
    for (const child of Object.values(item)) stack.push([child, here]);
  }
  return deepest;
}

/**
 * The deepest nesting of input objects in the document's arguments, the variables' values put
 * where they are used: `where: { crewOf: { some: { ... } } }` nests as deep as it is written.
 * The generated filters turn each level into nested Cypher; some (`all`) double it per level.
 */
export function inputDepth(document: DocumentNode, variables: Variables, max: number): number {
  let level = 0;
  let deepest = 0;
  let inArgument = 0;
  visit(document, {
    Argument: {
      enter: () => void (inArgument += 1),
      leave: () => void (inArgument -= 1),
    },
    ObjectValue: {
      enter() {
        level += 1;
        deepest = Math.max(deepest, level);
      },
      leave: () => void (level -= 1),
    },
    Variable(node) {
      if (inArgument > 0)
        deepest = Math.max(deepest, level + jsonDepth(variables[node.name.value], max));
    },
  });
  return deepest;
}

class Refused extends Error {
  constructor(readonly error: GraphQLError) {
    super(error.message);
  }
}

/** The estimated cost of an operation (src/graphql/queryCost.ts), refusing pages out of range. */
class CostWalk {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly fragmentCosts = new Map<string, number>();
  private readonly roots: Set<GraphQLNamedType | null | undefined>;

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly variables: Record<string, unknown>,
  ) {
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        this.fragments.set(definition.name.value, definition);
    this.roots = new Set([
      schema.getQueryType(),
      schema.getMutationType(),
      schema.getSubscriptionType(),
    ]);
  }

  selectionCost(selectionSet: SelectionSetNode, parent: GraphQLNamedType): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += this.fieldCost(selection, parent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? this.schema.getType(selection.typeCondition.name.value)
          : parent;
        if (type) total += this.selectionCost(selection.selectionSet, type);
      } else {
        total += this.fragmentCost(selection.name.value);
      }
    }
    return total;
  }

  /** A fragment costs the same wherever it is spread: weighed once (spreads may nest many times). */
  private fragmentCost(name: string): number {
    const known = this.fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    const type = fragment && this.schema.getType(fragment.typeCondition.name.value);
    this.fragmentCosts.set(name, 0);
    const cost = fragment && type ? this.selectionCost(fragment.selectionSet, type) : 0;
    this.fragmentCosts.set(name, cost);
    return cost;
  }

  private fieldCost(node: FieldNode, parent: GraphQLNamedType): number {
    const name = node.name.value;
    // __typename, and introspection (GraphiQL's): free.
    if (name.startsWith("__")) return 0;
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const field = parent.getFields()[name];
    if (!field) return 0;
    const type = getNamedType(field.type);
    const args = this.argumentsOf(field, node, `${parent.name}.${name}`, isConnection(type));
    const weight = fieldWeight(parent.name, name, args, this.roots.has(parent));
    if (!node.selectionSet || isLeafType(type)) return weight;
    const item = OBJECT_COST + this.selectionCost(node.selectionSet, type);
    const size = isPage(type)
      ? connectionSize(args, this.roots.has(parent))
      : listSize(
          args,
          isListType(getNullableType(field.type)),
          isPage(parent),
          // A nested list of the graph's nodes is a node's relations of one type.
          this.roots.has(parent) || !isGraphNodeType(this.schema, type),
        );
    return weight + size * item;
  }

  private argumentsOf(
    field: Parameters<typeof getArgumentValues>[0],
    node: FieldNode,
    where: string,
    connection: boolean,
  ): FieldArguments {
    let args: FieldArguments;
    try {
      args = getArgumentValues(field, node, this.variables);
    } catch {
      return {}; // execution reports it, with its own code
    }
    for (const name of PAGE_ARGUMENTS) {
      const value = args[name];
      if (typeof value !== "number") continue;
      if (value < 0)
        throw new Refused(badArgument(`${name} of ${where} must be 0 or more, not ${value}`, name));
      if (name !== "offset" && value > MAX_PAGE_SIZE)
        throw new Refused(
          badArgument(`${name} of ${where} must be at most ${MAX_PAGE_SIZE}, not ${value}`, name),
        );
    }
    // A cursor the library did not issue would silently restart at the first page.
    for (const name of connection ? CURSOR_ARGUMENTS : []) {
      const value = args[name];
      if (typeof value === "string" && !isIssuedCursor(value))
        throw new Refused(
          badArgument(
            `${name} of ${where} is not a cursor of this connection: pass an edge's cursor or pageInfo.endCursor as the API returned it`,
            name,
          ),
        );
    }
    // A full-text search for nothing: @neo4j/graphql's generated reads fail on it with a plain
    // Error ("Invalid phrase"), which would read as the server's fault. Query.search, behind a
    // search box, finds nothing for it instead.
    if (where !== "Query.search" && typeof args.phrase === "string" && args.phrase.trim() === "")
      throw new Refused(badArgument(`phrase of ${where} must not be empty`, "phrase"));
    // Dates that @cypher fields read in Cypher, which cannot refuse them with a code.
    for (const name of CYPHER_DATE_ARGUMENTS[where] ?? []) {
      const value = args[name];
      if (typeof value === "string" && !isCalendarDate(value))
        throw new Refused(
          badArgument(
            `${name} of ${where} must be a year, month or day (2024, 2024-02, 2024-02-29), not "${value}"`,
            name,
          ),
        );
    }
    return args;
  }
}

/**
 * The checks of an operation that need its variables' values, run before it executes (Apollo's
 * didResolveOperation, graphql-ws's onSubscribe): the nesting of its inputs, its pages' sizes and
 * its estimated cost. The refusal, or undefined. Variables that do not fit their types are left
 * to the execution, which refuses them itself.
 */
export function checkOperation(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null | undefined;
  variables?: Variables | null | undefined;
  limits: RequestLimits;
}): GraphQLError | undefined {
  const { schema, document, limits } = options;
  const operation = getOperationAST(document, options.operationName);
  if (!operation) return undefined;
  const raw = options.variables ?? {};
  const depth = inputDepth(document, raw, limits.maxInputDepth);
  if (depth > limits.maxInputDepth) {
    const cheaper = cheaperRead(document);
    return limitExceeded(
      "inputDepth",
      `input objects nest more than ${limits.maxInputDepth} levels deep (${depth}): filter with fewer nested relationships; ${cheaper.says}`,
      { max: limits.maxInputDepth, found: depth, cheaperRead: cheaper.read },
    );
  }
  const filters = filterDepth(schema, document, operation, raw);
  if (filters > limits.maxFilterDepth) {
    const cheaper = cheaperRead(document);
    return limitExceeded(
      "filterDepth",
      `relationship filters nest ${filters} deep (some and none count 1, all and single 2), over the limit of ${limits.maxFilterDepth}: filter through fewer relationships; ${cheaper.says}`,
      { max: limits.maxFilterDepth, found: filters, cheaperRead: cheaper.read },
    );
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], raw, {
    maxErrors: 1,
  });
  if (coerced.errors) return undefined;
  const root = schema.getRootType(operation.operation);
  if (!root) return undefined;
  try {
    const cost = new CostWalk(schema, document, coerced.coerced).selectionCost(
      operation.selectionSet,
      root,
    );
    if (cost > limits.maxCost) {
      const cheaper = cheaperRead(document);
      return limitExceeded(
        "cost",
        `the query's estimated cost is ${Math.round(cost)}, over the limit of ${limits.maxCost}: ask for fewer or smaller lists, shallower neighbourhoods, fewer aliases; ${cheaper.says}`,
        { max: limits.maxCost, found: Math.round(cost), cheaperRead: cheaper.read },
      );
    }
  } catch (error) {
    if (error instanceof Refused) return error.error;
    throw error;
  }
  return undefined;
}
