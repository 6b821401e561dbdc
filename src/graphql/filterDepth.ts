import {
  Kind,
  getNullableType,
  isInputObjectType,
  isListType,
  valueFromASTUntyped,
  type DocumentNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getNamedType,
  isObjectType,
  isInterfaceType,
  type GraphQLNamedType,
} from "graphql";
import { fragmentsOf } from "./selectedFields";

/**
 * How deep the relationship filters of an operation's arguments nest, weighed by what they
 * cost Neo4j: `some` and `none` count 1 (an EXISTS subquery each: the Cypher grows with them),
 * `all` and `single` count 2 (`all` is written as two subqueries, so its Cypher doubles with each
 * level: twelve of them became 1.2 MB of Cypher; `single` counts every match rather than
 * stopping at the first, so its work multiplies by each level's fan-out: three nested took
 * Neo4j 16 s over a few hundred nodes). Connection filters (`crewConnection: { some: ... }`) and
 * those of computed lists (`incidentsIncludingParts_SOME`) count alike. The deepest path counts.
 */
export function filterDepth(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): number {
  const fragments = fragmentsOf(document);
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        const type = schema.getType(fragment.typeCondition.name.value);
        deepest = Math.max(deepest, visit(fragment.selectionSet, type ?? undefined));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        deepest = Math.max(deepest, visit(selection.selectionSet, type ?? undefined));
        continue;
      }
      const field: GraphQLField<unknown, unknown> | undefined =
        parent && (isObjectType(parent) || isInterfaceType(parent))
          ? parent.getFields()[selection.name.value]
          : undefined;
      for (const argument of selection.arguments ?? []) {
        const definition = field?.args.find((arg) => arg.name === argument.name.value);
        if (!definition) continue;
        const value = valueFromASTUntyped(argument.value, variables);
        deepest = Math.max(deepest, weighValue(value, definition.type));
      }
      if (selection.selectionSet && field)
        deepest = Math.max(deepest, visit(selection.selectionSet, getNamedType(field.type)));
    }
    return deepest;
  };
  return visit(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

const QUANTIFIER_WEIGHT: Readonly<Record<string, number>> = { some: 1, none: 1, all: 2, single: 2 };

/** The weight of a filter's quantifier field, or 0 for any other field. */
function quantifierWeight(typeName: string, field: string): number {
  if (/(Relationship|Connection)Filters$/.test(typeName)) return QUANTIFIER_WEIGHT[field] ?? 0;
  const suffix = /_(SOME|NONE|ALL|SINGLE)$/.exec(field)?.[1];
  return suffix ? QUANTIFIER_WEIGHT[suffix.toLowerCase()]! : 0;
}

function weighValue(value: unknown, type: GraphQLInputType): number {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return weighValue(value, nullable.ofType as GraphQLInputType);
    return Math.max(
      0,
      ...value.map((item) => weighValue(item, nullable.ofType as GraphQLInputType)),
    );
  }
  if (!isInputObjectType(nullable) || value === null || typeof value !== "object") return 0;
  const fields = nullable.getFields();
  let deepest = 0;
  for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
    const field = fields[name];
    if (!field) continue;
    const weight = quantifierWeight(nullable.name, name) + weighValue(inner, field.type);
    deepest = Math.max(deepest, weight);
  }
  return deepest;
}
