import { readdirSync, readFileSync } from "node:fs";
import { Kind, parse, type SelectionSetNode } from "graphql";

/** The fields by which the Graph panel (ide/graph/extractGraph.ts) tells a node it can draw. */
const NAMING_FIELDS = ["name", "label", "title"];

/**
 * The selection sets of a document that name an object without selecting its id, by path. An
 * inline fragment counts the fields of the selection it stands in (`affected { id ... on Module {
 * name } }` selects both).
 */
function namedWithoutId(set: SelectionSetNode, path: string, outer: string[] = []): string[] {
  const leaves = [
    ...outer,
    ...set.selections.flatMap((selection) =>
      selection.kind === Kind.FIELD && !selection.selectionSet ? [selection.name.value] : [],
    ),
  ];
  const found = leaves.some((name) => NAMING_FIELDS.includes(name)) && !leaves.includes("id");
  return [
    ...(found ? [path] : []),
    ...set.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD && selection.selectionSet)
        return namedWithoutId(selection.selectionSet, `${path}.${selection.name.value}`);
      if (selection.kind === Kind.INLINE_FRAGMENT)
        return namedWithoutId(
          selection.selectionSet,
          `${path}(on ${selection.typeCondition?.name.value ?? "?"})`,
          leaves,
        );
      return [];
    }),
  ];
}

describe("GraphiQL's saved examples", () => {
  const files = readdirSync("ide/examples").filter((file) => file.endsWith(".graphql"));

  it.each(files)(
    "%s selects the id of every object it names, so that the Graph panel can draw it",
    (file) => {
      const document = parse(readFileSync(`ide/examples/${file}`, "utf8"));
      // A named fragment's fields are checked where it is defined.
      const missing = document.definitions.flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION
          ? namedWithoutId(definition.selectionSet, definition.name?.value ?? "(anonymous)")
          : definition.kind === Kind.FRAGMENT_DEFINITION
            ? namedWithoutId(definition.selectionSet, `fragment ${definition.name.value}`)
            : [],
      );
      expect(missing).toEqual([]);
    },
  );
});
