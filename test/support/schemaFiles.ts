import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  Kind,
  parse,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from "graphql";
import { projectRoot } from "../../src/config/projectRoot";

/** The SDL of schema/, parsed file by file: what the checks of the SDL read. */

export const SCHEMA_DIR = path.join(projectRoot(), "schema");

export interface SchemaType {
  file: string;
  node: ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
  name: string;
}

export function schemaFiles(): { file: string; text: string }[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(SCHEMA_DIR, file), "utf8") }));
}

/** Every object type (and extension, such as Query's) of schema/. */
export function schemaTypes(): SchemaType[] {
  return schemaFiles().flatMap(({ file, text }) =>
    parse(text).definitions.flatMap((d) =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION
        ? [{ file, node: d, name: d.name.value }]
        : [],
    ),
  );
}

export function directiveOf(
  node: { directives?: readonly ConstDirectiveNode[] | undefined },
  name: string,
): ConstDirectiveNode | undefined {
  return node.directives?.find((d) => d.name.value === name);
}

/** A directive's arguments as plain values ({type: "CITES", direction: "OUT", ...}). */
export function argumentsOf(directive: ConstDirectiveNode | undefined): Record<string, unknown> {
  return Object.fromEntries(
    (directive?.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]),
  );
}

export function fieldsOf(type: SchemaType): readonly FieldDefinitionNode[] {
  return type.node.fields ?? [];
}

/** The named type a field lists or holds: [Hardware!]! -> Hardware. */
export function namedTypeOf(field: FieldDefinitionNode): string {
  let type = field.type;
  while (type.kind !== Kind.NAMED_TYPE) type = type.type;
  return type.name.value;
}

/** The labels a @node type's nodes carry: its @node(labels: ...), or its name. */
export function labelsOfType(type: SchemaType): string[] | undefined {
  const node = directiveOf(type.node, "node");
  if (!node) return undefined;
  return (argumentsOf(node).labels as string[] | undefined) ?? [type.name];
}
