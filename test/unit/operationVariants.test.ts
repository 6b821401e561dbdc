import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, type OperationDefinitionNode } from "graphql";
import { projectRoot } from "../../src/config/projectRoot";
import {
  operationVariants,
  variableNeeds,
  type Samples,
} from "../../src/graphql/operationVariants";
import { clientDocuments } from "../../src/server/clientDocuments";

// The API's schema as codegen prints it: its types and descriptions, without a database.
const schema = buildSchema(
  readFileSync(path.join(projectRoot(), "src", "graphql", "generated", "schema.graphql"), "utf8"),
);
const explorer = clientDocuments().find((d) =>
  d.source.endsWith(path.join("explore", "operations")),
)!;
const samples: Samples = {
  idOf: (types, size) => `${types[0] ?? "any"}-${size === "short" ? "s" : "a-longer-id"}`,
  date: (size) => (size === "short" ? "2024" : "2024-02-29"),
};

function variantsOf(name: string, size: "short" | "long" = "short") {
  const operation = explorer.document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === "OperationDefinition" && d.name?.value === name,
  )!;
  return operationVariants(variableNeeds(schema, explorer.document, operation), samples, size)!;
}

describe("the variables the warming runs an operation with", () => {
  it("reads the explorer's operations and GraphiQL's examples from their files", () => {
    const sources = clientDocuments().map((d) => d.source);
    expect(sources[0]).toBe(path.join("ide", "explore", "operations"));
    expect(sources).toContain(path.join("ide", "examples", "01-crew-by-agency.graphql"));
  });

  it("gives each @include flag alone, as the entity page does for its kind", () => {
    const variants = variantsOf("EntityFacts");
    // The required id alone, the lists' size other than its default, then each of the ten
    // kinds' flags.
    expect(variants).toHaveLength(12);
    expect(variants).toContainEqual({ id: "Entity-s", listed: 1 });
    expect(variants[0]).toEqual({ id: "Entity-s" });
    expect(variants).toContainEqual({ id: "Entity-s", isPerson: true });
    expect(variants).toContainEqual({ id: "Entity-s", isOrganization: true });
  });

  it("gives ids of the type the field returns, short and long, and lists of one and of ten", () => {
    expect(variantsOf("IncidentPage")[0]).toMatchObject({ id: "Incident-s" });
    expect(variantsOf("IncidentPage", "long")[0]).toMatchObject({ id: "Incident-a-longer-id" });
    const sources = variantsOf("TimelineSources", "long")[0]!;
    expect(sources.incidentIds).toEqual(Array(10).fill("Incident-a-longer-id"));
    expect(variantsOf("TimelineSources")[0]!.statementIds).toEqual(["Statement-s"]);
  });

  it("gives depths 1, 2 and 3 (each its own Cypher text) and the optional time travel alone", () => {
    const variants = variantsOf("Neighbourhood");
    expect(variants.map((v) => v.depth)).toEqual([1, 2, 3, 1, 1]);
    expect(variants).toContainEqual({ id: "Subgraph-s", depth: 1, validOn: "2024" });
    expect(variants).toContainEqual({ id: "Subgraph-s", depth: 1, asOfPosition: 1 });
  });

  it("gives date arguments a date, short or long, and leaves optional ones out at first", () => {
    const variants = variantsOf("TimelinePage", "long");
    expect(variants[0]).toEqual({});
    expect(variants).toContainEqual({ from: "2024-02-29" });
    expect(variants).toContainEqual({ until: "2024-02-29" });
  });

  it("makes up no cursor: a page after one is the API's to give, and a made-up one is refused", () => {
    const variants = variantsOf("TimelinePage");
    expect(variants.some((v) => "after" in v)).toBe(false);
  });
});
