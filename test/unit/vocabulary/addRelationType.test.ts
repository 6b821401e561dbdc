import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  buildSchema,
  Kind,
  parse,
  type EnumTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
  valueFromASTUntyped,
} from "graphql";
import { entitiesSdl } from "../../../src/codegen/entitiesSdl";
import { graphModelDoc } from "../../../src/codegen/graphModelDocTables";
import { vocabularySdl } from "../../../src/codegen/vocabularySdl";
import { projectRoot } from "../../../src/config/projectRoot";
import { graphModelOf } from "../../../src/graph/GraphModel";
import type { RelationDeclaration } from "../../../src/vocabulary/declarations";
import { VOCABULARY, type Vocabulary } from "../../../src/vocabulary/Vocabulary";
import { vocabularyProblems } from "../../../src/vocabulary/vocabularyProblems";

/**
 * A new relation type is one entry of the vocabulary: the SDL's enums and fields at both ends, the
 * graph model and the docs' table follow from it when npm run codegen runs.
 */
const ORBITS: RelationDeclaration = {
  description: "A vehicle orbits with a station (a free flyer).",
  from: ["Vehicle"],
  to: ["Station"],
  phrase: "orbits",
  example: "a cargo ship, the ISS",
  out: { field: "orbits", description: "Stations it orbits with.", target: "Station" },
  in: { field: "orbitedBy", description: "Vehicles orbiting with it.", target: "Vehicle" },
};

const withOrbits: Vocabulary = {
  ...VOCABULARY,
  relations: { ...VOCABULARY.relations, ORBITS },
};

const root = projectRoot();
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

function objectType(sdl: string, name: string): ObjectTypeDefinitionNode {
  const found = parse(sdl).definitions.find(
    (d): d is ObjectTypeDefinitionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === name,
  );
  if (!found) throw new Error(`no type ${name}`);
  return found;
}

function enumValues(sdl: string, name: string): string[] {
  const found = parse(sdl).definitions.find(
    (d): d is EnumTypeDefinitionNode =>
      d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name,
  );
  return (found?.values ?? []).map((v) => v.name.value);
}

/** The field's @relationship arguments, as written. */
function relationshipOf(type: ObjectTypeDefinitionNode, field: string) {
  const node = type.fields?.find((f) => f.name.value === field);
  const directive = node?.directives?.find((d) => d.name.value === "relationship");
  return Object.fromEntries(
    (directive?.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]),
  );
}

describe("a relation type added to the vocabulary (ORBITS: Vehicle -> Station)", () => {
  it("is sound, and the real vocabulary does not have it yet", () => {
    expect(vocabularyProblems(withOrbits)).toEqual([]);
    expect(Object.keys(VOCABULARY.relations)).not.toContain("ORBITS");
  });

  it("is a value of the RelationType and GraphRelationType enums", () => {
    const sdl = vocabularySdl(withOrbits);
    expect(enumValues(sdl, "RelationType")).toContain("ORBITS");
    expect(enumValues(sdl, "GraphRelationType")).toContain("ORBITS");
    // Relations come before the links in GraphRelationType, as in the vocabulary.
    expect(enumValues(sdl, "GraphRelationType").indexOf("ORBITS")).toBeLessThan(
      enumValues(sdl, "GraphRelationType").indexOf("AFFECTED"),
    );
  });

  it("gives a field at both ends: Vehicle.orbits and Station.orbitedBy", () => {
    const sdl = entitiesSdl(withOrbits);
    expect(relationshipOf(objectType(sdl, "Vehicle"), "orbits")).toEqual({
      type: "ORBITS",
      direction: "OUT",
      properties: "Fact",
      aggregate: false,
      nestedOperations: [],
    });
    expect(relationshipOf(objectType(sdl, "Station"), "orbitedBy")).toMatchObject({
      type: "ORBITS",
      direction: "IN",
    });
    expect(objectType(sdl, "Module").fields?.map((f) => f.name.value)).not.toContain("orbitedBy");
    // And the whole SDL, with it, is still a valid schema (the library's directives declared).
    // Every other file of schema/ as it is: the two the vocabulary generates are replaced above.
    const generated = ["entities.graphql", "vocabulary.graphql"];
    const files = readdirSync(path.join(projectRoot(), "schema"))
      .filter((f) => f.endsWith(".graphql") && !generated.includes(f))
      .map((f) => read(`schema/${f}`));
    const schema = buildSchema(
      [
        read("src/graphql/generated/neo4j-graphql-directives.graphql"),
        sdl,
        vocabularySdl(withOrbits),
        ...files,
      ].join("\n"),
    );
    expect(schema.getType("Vehicle")?.toConfig()).toHaveProperty("fields.orbits");
  });

  it("is a relationship type of the graph model, indexed by id as every relation's", () => {
    const model = graphModelOf(withOrbits);
    expect(model.relationTypes).toContain("ORBITS");
    expect(model.factRelationshipTypes).toContain("ORBITS");
    expect(model.relationshipTypes).toContain("ORBITS");
    expect(graphModelOf(VOCABULARY).relationshipTypes).not.toContain("ORBITS");
  });

  it("has a row in docs/graph-model.md's table of relations, and its heading", () => {
    const doc = graphModelDoc(withOrbits, read("docs/graph-model.md"));
    expect(doc).toContain("| ORBITS | Vehicle | Station | orbits | a cargo ship, the ISS |");
    expect(doc).toMatch(/^### `MEMBER_OF`, .*`ATTRIBUTED_TO`, `ORBITS`$/m);
    expect(doc).toContain("COOPERATES_WITH, MILITARY_ACTIONS_IN, ORBITS");
  });

  it("fails loudly when it names what the vocabulary does not know", () => {
    const broken: Vocabulary = {
      ...VOCABULARY,
      relations: {
        ...VOCABULARY.relations,
        ORBITS: { ...ORBITS, in: { ...ORBITS.in, field: "crew", target: "Satellite" } },
      },
    };
    expect(vocabularyProblems(broken)).toEqual([
      "ORBITS's in field crew lists Satellite: declare it as a union (src/vocabulary/unions.ts)",
      "Station would have two fields crew: rename one (ORBITS)",
    ]);
  });
});
