import { readdirSync, readFileSync } from "node:fs";
import {
  Kind,
  parse,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from "graphql";

/** The fragments of every .graphql file of a folder, by name (operations spread each other's). */
export function fragmentsIn(folder: string): Map<string, FragmentDefinitionNode> {
  return new Map(
    readdirSync(folder)
      .filter((file) => file.endsWith(".graphql"))
      .flatMap((file) => parse(readFileSync(`${folder}/${file}`, "utf8")).definitions)
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/**
 * An operation as a client sends it: alone, with the fragments it spreads (and theirs), from its
 * folder. graphql-armor's rules count an operation's directives with its fragments', and count
 * nothing when a spread fragment is missing.
 */
export function asSent(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): DocumentNode {
  const used = new Map<string, FragmentDefinitionNode>();
  const spreadIn = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || used.has(fragment.name.value)) return;
        used.set(fragment.name.value, fragment);
        spreadIn(fragment);
      },
    });
  spreadIn(operation);
  return { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
}
