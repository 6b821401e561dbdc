import { readFileSync } from "node:fs";
import { buildSchema, Kind, parse, print } from "graphql";
import { relationshipFieldsOf } from "../../../src/codegen/relationshipFields";
import { edgeView, nodeView } from "../../../src/explore/graphShapes";
import { nodeHappened, nodeKnown, relationshipHolds } from "../../../src/explore/timeTravel";
import { FULLTEXT_INDEXES, type FullTextIndex } from "../../../src/graph/fullTextIndexes";
import { GRAPH_MODEL } from "../../../src/graph/GraphModel";
import {
  ALL_NODE_PROPERTIES,
  ALL_RELATIONSHIP_PROPERTIES,
  NODE_PROPERTIES,
  NODE_PROPERTIES_INHERITED,
  RELATIONSHIP_PROPERTIES,
} from "../../../src/graph/graphProperties";
import { printedSchemaPath } from "../../../src/graphql/sdlFingerprint";
import { HISTORY_TYPES } from "../../../src/graphql/resolvers/historyResolvers";
import { entityQueryNames } from "../../../src/vocabulary/entityKinds";
import { VOCABULARY } from "../../../src/vocabulary/Vocabulary";
import {
  argumentsOf,
  directiveOf,
  fieldsOf,
  labelsOfType,
  namedTypeOf,
  schemaFiles,
  schemaTypes,
  type SchemaType,
} from "../../support/schemaFiles";

/**
 * What stays written by hand in schema/ (facts.graphql's relationship fields, the @cypher
 * statements, explore.graphql) agrees with the vocabulary (src/vocabulary) and the graph model
 * (src/graph); each problem says what to change. The generated files agree by construction
 * (test/unit/codegen/generatedFiles.test.ts holds them current); they are checked here too.
 */

const types = schemaTypes();
const nodeTypes = types.filter((t) => labelsOfType(t));
const where = (t: SchemaType, field?: string) => `${t.file}: ${t.name}${field ? `.${field}` : ""}`;

/** The properties nodes with these labels may carry, inherited ones included. */
function propertiesOfLabels(labels: readonly string[]): Set<string> {
  const found = new Set<string>();
  const add = (label: string) => {
    for (const p of NODE_PROPERTIES[label as keyof typeof NODE_PROPERTIES] ?? []) found.add(p);
    for (const parent of NODE_PROPERTIES_INHERITED[label] ?? []) add(parent);
  };
  labels.forEach(add);
  return found;
}

/** Labels and relationship types a Cypher statement spells. */
function namesIn(cypher: string) {
  const labels = [...cypher.matchAll(/(?:\(|(?<![[\w])[a-z]\w*):([A-Z][A-Za-z]*)/g)].map(
    (m) => m[1]!,
  );
  const relationshipTypes = [...cypher.matchAll(/\[\w*:([A-Z_|]+)/g)].flatMap((m) =>
    m[1]!.split("|"),
  );
  return { labels, relationshipTypes };
}

describe("the SDL agrees with the vocabulary and the graph model", () => {
  it("gives each type the relationship fields the vocabulary declares, as it declares them", () => {
    const problems: string[] = [];
    for (const type of nodeTypes) {
      const expected = relationshipFieldsOf(VOCABULARY, type.name);
      const found = fieldsOf(type).filter((f) => directiveOf(f, "relationship"));
      for (const field of found) {
        const {
          type: relType,
          direction,
          properties,
        } = argumentsOf(directiveOf(field, "relationship"));
        const at = where(type, field.name.value);
        if (!GRAPH_MODEL.relationshipTypes.includes(String(relType))) {
          problems.push(`${at} follows ${relType}, which src/graph does not know`);
          continue;
        }
        const declared = expected.find((e) => e.type === relType && e.direction === direction);
        if (!declared) {
          problems.push(
            `${at} follows ${relType} ${direction}, which the vocabulary does not give ${type.name}: ` +
              `declare it in src/vocabulary (its "on" or kinds), or remove the field`,
          );
          continue;
        }
        const filterable = argumentsOf(directiveOf(field, "filterable"));
        const actual = {
          field: field.name.value,
          description: field.description?.value,
          target: namedTypeOf(field),
          properties: properties as string | undefined,
          filterable: declared.targetIsUnion ? filterable.byValue : filterable.byAggregate,
        };
        const wanted = {
          field: declared.field,
          description: declared.description,
          target: declared.target,
          properties: declared.properties,
          filterable: false,
        };
        for (const key of Object.keys(wanted) as (keyof typeof wanted)[]) {
          if (actual[key] !== wanted[key])
            problems.push(
              `${at} (${relType} ${direction}): its ${key} is ${JSON.stringify(actual[key])}, ` +
                `the vocabulary's ${JSON.stringify(wanted[key])}: change the SDL or src/vocabulary`,
            );
        }
      }
      for (const declared of expected) {
        const present = found.some((f) => {
          const args = argumentsOf(directiveOf(f, "relationship"));
          return args.type === declared.type && args.direction === declared.direction;
        });
        if (!present)
          problems.push(
            `${where(type)} lacks ${declared.field}: [${declared.target}!]! (${declared.type} ` +
              `${declared.direction}), which the vocabulary declares: add it, or change src/vocabulary`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it("labels @node types with the graph model's labels", () => {
    const unknown = nodeTypes.flatMap((t) =>
      labelsOfType(t)!
        .filter((label) => !GRAPH_MODEL.labels.includes(label))
        .map((label) => `${where(t)} is labelled ${label}, which src/graph does not know`),
    );
    expect(unknown).toEqual([]);
  });

  it("spells only the graph model's labels and relationship types in @cypher", () => {
    const problems: string[] = [];
    for (const type of types) {
      for (const field of fieldsOf(type)) {
        const cypher = argumentsOf(directiveOf(field, "cypher")).statement;
        if (typeof cypher !== "string") continue;
        const { labels, relationshipTypes } = namesIn(cypher);
        for (const label of labels.filter((l) => !GRAPH_MODEL.labels.includes(l)))
          problems.push(`${where(type, field.name.value)}'s @cypher names the label ${label}`);
        for (const t of relationshipTypes.filter((t) => !GRAPH_MODEL.relationshipTypes.includes(t)))
          problems.push(`${where(type, field.name.value)}'s @cypher names the type ${t}`);
      }
    }
    expect(problems).toEqual([]);
    // What the check sees in a statement:
    expect(namesIn("MATCH (this)-[crew:CREW_OF|HISTORICAL]->(x:Vehicle) WHERE x:Entity")).toEqual({
      labels: ["Vehicle", "Entity"],
      relationshipTypes: ["CREW_OF", "HISTORICAL"],
    });
  });

  it("reads only properties the projection writes", () => {
    const problems: string[] = [];
    const computed = ["relationship", "cypher", "customResolver", "declareRelationship"];
    for (const type of nodeTypes) {
      const properties = propertiesOfLabels(labelsOfType(type)!);
      for (const field of fieldsOf(type)) {
        if (computed.some((d) => directiveOf(field, d))) continue;
        if (!properties.has(field.name.value))
          problems.push(`${where(type, field.name.value)} is no property of its nodes (src/graph)`);
      }
    }
    const relationshipProperties: Record<string, readonly string[]> = {
      Fact: [...RELATIONSHIP_PROPERTIES.relation, ...RELATIONSHIP_PROPERTIES.link],
      Citation: RELATIONSHIP_PROPERTIES.CITES,
    };
    for (const type of types.filter((t) => directiveOf(t.node, "relationshipProperties"))) {
      for (const field of fieldsOf(type))
        if (!relationshipProperties[type.name]?.includes(field.name.value))
          problems.push(`${where(type, field.name.value)} is no property of its relationships`);
    }
    expect(problems).toEqual([]);
  });

  it("searches the graph's full-text indexes, over what they index", () => {
    const problems: string[] = [];
    for (const type of nodeTypes) {
      const fulltext = argumentsOf(directiveOf(type.node, "fulltext")).indexes as
        { indexName: string; fields: string[] }[] | undefined;
      for (const { indexName, fields } of fulltext ?? []) {
        const index = (FULLTEXT_INDEXES as Record<string, FullTextIndex>)[indexName];
        if (!index) problems.push(`${where(type)} reads the index ${indexName}, not src/graph's`);
        else if (!labelsOfType(type)!.some((l) => index.labels.includes(l)))
          problems.push(`${where(type)}'s nodes are not in the index ${indexName}`);
        for (const field of fields.filter((f) => index && !index.properties.includes(f)))
          problems.push(`${where(type)} searches ${field}, which ${indexName} does not index`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("declares a field written by hand on several types the same way on each (claims, quantities)", () => {
    const declarations = new Map<string, Map<string, string[]>>();
    for (const t of types.filter((t) => !t.file.startsWith("entities"))) {
      for (const field of fieldsOf(t)) {
        if (!directiveOf(field, "cypher")) continue;
        const byText = declarations.get(field.name.value) ?? new Map<string, string[]>();
        const text = print(field);
        byText.set(text, [...(byText.get(text) ?? []), where(t)]);
        declarations.set(field.name.value, byText);
      }
    }
    for (const name of ["claims", "quantities"]) {
      const byText = declarations.get(name)!;
      expect([...byText.values()].flat().length).toBeGreaterThan(1);
      expect([...byText.values()]).toHaveLength(1);
    }
  });

  it("resolves the history field on exactly the types that declare it", () => {
    const declaring = types
      .filter((t) =>
        fieldsOf(t).some((f) => f.name.value === "history" && directiveOf(f, "customResolver")),
      )
      .map((t) => t.name);
    expect(declaring.sort()).toEqual([...HISTORY_TYPES].sort());
  });

  it("declares the vocabulary's enums only in the generated schema/vocabulary.graphql", () => {
    const generated = ["EntityKind", "NodeKind", "RelationType", "GraphRelationType"].concat(
      Object.keys(VOCABULARY.closed),
    );
    const declared = schemaFiles().flatMap(({ file, text }) =>
      parse(text).definitions.flatMap((d) =>
        d.kind === Kind.ENUM_TYPE_DEFINITION && generated.includes(d.name.value)
          ? [`${file}: ${d.name.value}`]
          : [],
      ),
    );
    expect(declared.sort()).toEqual(generated.map((name) => `vocabulary.graphql: ${name}`).sort());
  });

  it("has the queries the vocabulary names for each kind", () => {
    const query = buildSchema(readFileSync(printedSchemaPath(), "utf8"), {
      assumeValidSDL: true,
    }).getQueryType()!;
    const missing = Object.values(VOCABULARY.entityKinds)
      .flatMap(({ plural }) => Object.values(entityQueryNames(plural)))
      .filter((name) => !query.getFields()[name]);
    expect(missing).toEqual([]);
  });

  it("reads, in the explorer's Cypher, only properties the projection writes", () => {
    const cypher = [
      nodeView("x"),
      edgeView("r"),
      relationshipHolds("r"),
      nodeKnown("n"),
      nodeHappened("n"),
    ].join("\n");
    const read = [
      ...cypher.matchAll(/\b[a-z]\w*\.([a-z]\w*)\b/g),
      ...cypher.matchAll(/[{,]\s*\.([a-z]\w*)/g),
    ].map((m) => m[1]!);
    expect(read.length).toBeGreaterThan(20);
    const known = new Set([...ALL_NODE_PROPERTIES, ...ALL_RELATIONSHIP_PROPERTIES]);
    expect([...new Set(read.filter((p) => !known.has(p)))]).toEqual([]);
  });
});
