import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, type DefinitionNode } from "graphql";

/**
 * Every field, input field and argument of the SDL in schema/ has a description: GraphiQL's docs
 * explorer shows it, and it is the API's reference. (Enum values are not checked.)
 */

const SCHEMA_DIR = join(__dirname, "../../schema");

const WITH_FIELDS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_EXTENSION,
]);

/** Type.field and Type.field(argument) of the fields and arguments without a description. */
function undescribed(sdl: string): string[] {
  const missing: string[] = [];
  for (const definition of parse(sdl).definitions as readonly DefinitionNode[]) {
    if (!WITH_FIELDS.has(definition.kind) || !("fields" in definition)) continue;
    const type = definition.name.value;
    for (const field of definition.fields ?? []) {
      const name = `${type}.${field.name.value}`;
      if (!field.description?.value.trim()) missing.push(name);
      if ("arguments" in field) {
        for (const argument of field.arguments ?? []) {
          if (!argument.description?.value.trim()) missing.push(`${name}(${argument.name.value})`);
        }
      }
    }
  }
  return missing;
}

describe("the schema's descriptions", () => {
  const files = readdirSync(SCHEMA_DIR).filter((file) => file.endsWith(".graphql"));

  it("reads the schema files", () => {
    expect(files).toEqual(expect.arrayContaining(["entities.graphql", "commands.graphql"]));
  });

  it.each(files)("%s describes every field, input field and argument", (file) => {
    expect(undescribed(readFileSync(join(SCHEMA_DIR, file), "utf8"))).toEqual([]);
  });

  it("finds what has no description", () => {
    const sdl = `
      "A type."
      type Thing {
        "Described."
        id: ID!
        name: String!
        "Described."
        parts("Described." first: Int, after: String): [Thing!]!
      }
      interface Named { name: String! }
      input ThingInput { "Described." id: ID! name: String }
      extend type Query { thing(id: ID!): Thing }
      "Enum values are not checked."
      enum Colour { RED }
    `;
    expect(undescribed(sdl)).toEqual([
      "Thing.name",
      "Thing.parts(after)",
      "Named.name",
      "ThingInput.name",
      "Query.thing",
      "Query.thing(id)",
    ]);
  });
});
