import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";

/** An operation's fragments by name, as `GraphQLResolveInfo.fragments` holds them. */
export type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

/** The fragments a document defines, by name. */
export function fragmentsOf(document: DocumentNode): Fragments {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return fragments;
}

/**
 * The names of the fields an operation selects at `path` below the field being resolved
 * (`["edges"]`: the fields of its `edges`), through fragments and inline fragments, whatever
 * their aliases. A field under `@skip` or `@include` counts as selected: reading a little more
 * than asked is harmless, leaving out what was asked is not.
 */
export function selectedFields(
  info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">,
  path: readonly string[] = [],
): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = fieldsOf(sets, info.fragments)
      .filter((field) => field.name.value === name)
      .flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(fieldsOf(sets, info.fragments).map((field) => field.name.value));
}

/**
 * The fields of selection sets, those of their fragments and inline fragments included (each
 * named fragment once), whatever their type conditions.
 */
export function fieldsOf(sets: readonly SelectionSetNode[], fragments: Fragments): FieldNode[] {
  const fields: FieldNode[] = [];
  const spread = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}
