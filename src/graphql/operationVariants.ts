import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";

/** What an operation's variable needs a value of, as learnt from where the operation uses it. */
export interface VariableNeed {
  name: string;
  type: GraphQLInputType;
  /** Nullable, or given a default: a client may leave it out. */
  optional: boolean;
  /** Its default, when it is a Boolean with one. */
  booleanDefault: boolean | undefined;
  /** The types of the fields it is an argument of (entity, incidents...): what its ids name. */
  fieldTypes: string[];
  /** An argument documented as a date ("...on this date: 2024, 2024-02, 2024-02-29"). */
  isDate: boolean;
  /** A page's cursor (after, before): only the API makes one, so none is made up. */
  isCursor: boolean;
}

/**
 * Neo4j 5 keys a cached plan by its query text and by each parameter's type, with the order of
 * magnitude of a string's or a list's size: an id of 4 characters and one of 14 are two plans
 * (measured on 5.26: "nasa" planned, then "roscosmos" and "nasa-1" reused it, "oleg-kononenko"
 * was planned anew, 4 s). Variables are given short (1 to 9 characters, lists of one) and long
 * (10 to 99 characters, lists of ten) values, as the pages send both.
 */
export type ValueSize = "short" | "long";

/** Values from the graph that variables can take. */
export interface Samples {
  /** An id of a node of one of these types, or of any fact when none of them has one. */
  idOf(types: readonly string[], size: ValueSize): string;
  /** A date every date argument accepts: 2024 (short) or 2024-02-29 (long). */
  date(size: ValueSize): string;
}

/** Each variable of the operation, with the types and descriptions of the arguments it feeds. */
export function variableNeeds(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): VariableNeed[] {
  const needs = new Map<string, VariableNeed>();
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (!type) continue;
    const value = definition.defaultValue;
    needs.set(definition.variable.name.value, {
      name: definition.variable.name.value,
      type,
      optional: !isNonNullType(type) || value !== undefined,
      booleanDefault: value?.kind === "BooleanValue" ? value.value : undefined,
      fieldTypes: [],
      isDate: false,
      isCursor: false,
    });
  }
  // Where each variable is used: the operation, and the fragments it spreads (all of the
  // document's, which are the operation's own or shared ones).
  const fragments = document.definitions.filter((d) => d.kind === "FragmentDefinition");
  const typeInfo = new TypeInfo(schema);
  for (const node of [operation, ...fragments]) {
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Variable(variable) {
          const need = needs.get(variable.name.value);
          const field = typeInfo.getFieldDef();
          if (!need || !field) return;
          need.fieldTypes.push(getNamedType(field.type).name);
          const argument = typeInfo.getArgument();
          if (/\bdate\b/i.test(argument?.description ?? "")) need.isDate = true;
          if (argument && CURSOR_ARGUMENTS.has(argument.name)) need.isCursor = true;
        },
      }),
    );
  }
  return [...needs.values()];
}

interface Making {
  samples: Samples;
  size: ValueSize;
  int: number;
}

/** The arguments that take a cursor the API issued: a made-up one is refused before it runs. */
const CURSOR_ARGUMENTS = new Set(["after", "before"]);

/** A value of `type` for the variable, or undefined when none can be made up. */
function valueOf(type: GraphQLInputType, need: VariableNeed, making: Making): unknown {
  const { samples, size, int } = making;
  if (need.isCursor) return undefined;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = valueOf(inner.ofType as GraphQLInputType, need, making);
    if (item === undefined) return undefined;
    return Array.from({ length: size === "short" ? 1 : 10 }, () => item);
  }
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner)) return undefined;
  switch (inner.name) {
    case "Boolean":
      return need.booleanDefault === undefined ? false : need.booleanDefault;
    case "Int":
    case "Float":
      return int;
    case "ID":
    case "String":
      return need.isDate ? samples.date(size) : samples.idOf(need.fieldTypes, size);
    default:
      return undefined;
  }
}

/**
 * Variable sets that give every query text a client of the operation can cause (the Cypher
 * generated for it depends on which variables are given and which `@include` conditions hold,
 * and Neo4j plans each text once): the required variables alone, then each optional one given
 * as well (a Boolean the other way than its default), then each required Int as 2 and 3 (depths
 * are spliced into the text: 1, 2 and 3 are three plans). Values come from `samples`: ids of
 * nodes of the types the variable's fields return, so that the reads find something and run
 * what they run once they do; all short, or all long (ValueSize). Undefined when a required
 * variable has no value to be made up.
 */
export function operationVariants(
  needs: readonly VariableNeed[],
  samples: Samples,
  size: ValueSize,
): Record<string, unknown>[] | undefined {
  const base: Record<string, unknown> = {};
  for (const need of needs.filter((n) => !n.optional)) {
    const value = valueOf(need.type, need, { samples, size, int: 1 });
    if (value === undefined) return undefined;
    base[need.name] = value;
  }
  const variants = [base];
  for (const need of needs) {
    if (need.optional) {
      const named = getNamedType(need.type).name;
      const value =
        named === "Boolean"
          ? !(need.booleanDefault ?? false)
          : valueOf(need.type, { ...need, booleanDefault: undefined }, { samples, size, int: 1 });
      if (value !== undefined) variants.push({ ...base, [need.name]: value });
    } else if (getNamedType(need.type).name === "Int") {
      for (const int of [2, 3]) variants.push({ ...base, [need.name]: int });
    }
  }
  return variants;
}
