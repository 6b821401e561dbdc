import { readFileSync } from "node:fs";
import path from "node:path";
import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type ObjectTypeDefinitionNode,
  type OperationDefinitionNode,
} from "graphql";
import { selectedFields } from "../../src/graphql/selectedFields";
import { EDGE_DETAILS, edgeDetails, edgeView } from "../../src/explore/graphShapes";

/** The root field's info as graphql-js gives it to a resolver, for a query written here. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const root = operation.selectionSet.selections[0]!;
  if (root.kind !== Kind.FIELD) throw new Error("the first selection must be a field");
  return { fieldNodes: [root], fragments };
}

describe("selectedFields: what an operation asks of the field a resolver answers", () => {
  it("names the fields at a path, by their names not their aliases", () => {
    const info = infoOf(
      `{ neighbourhood(id: "x") { nodes { distance } edges { id said: quotes } } }`,
    );
    expect(selectedFields(info)).toEqual(new Set(["nodes", "edges"]));
    expect(selectedFields(info, ["edges"])).toEqual(new Set(["id", "quotes"]));
    expect(selectedFields(info, ["nothing"])).toEqual(new Set());
  });

  it("follows fragments, inline fragments and a field selected twice", () => {
    const info = infoOf(`
      query { neighbourhood(id: "x") { edges { id ...Cited } ... on Subgraph { edges { role } } } }
      fragment Cited on GraphEdge { quotes ... on GraphEdge { sources } ...Cited2 }
      fragment Cited2 on GraphEdge { certainty ...Cited }`);
    expect(selectedFields(info, ["edges"])).toEqual(
      new Set(["id", "quotes", "sources", "certainty", "role"]),
    );
  });

  it("counts a field under @skip or @include as selected", () => {
    const info = infoOf(`query($q: Boolean!) { relations { id quotes @include(if: $q) } }`);
    expect(selectedFields(info)).toEqual(new Set(["id", "quotes"]));
  });
});

describe("an edge's view reads the details selected, in one order", () => {
  it("reads only the details among the selected fields, whatever order they were asked in", () => {
    const asked = edgeDetails(new Set(["sources", "id", "from", "certainty", "quotes"]));
    expect([...asked].sort()).toEqual(["certainty", "quotes", "sources"]);
    const view = edgeView("r", asked);
    expect(view).toContain(
      "r.knownSince, r.certainty, null, null, null, null, null, r.quotes, r.sources, null, null]",
    );
    expect(edgeView("r", edgeDetails(new Set(["quotes", "sources", "certainty"])))).toBe(view);
    expect(edgeView("r", new Set())).toContain(
      "r.id, r.stream, r.type, r.knownSince, null, null, null, null, null, null, null, null, null, null]",
    );
  });

  it("names only fields that the SDL's GraphEdge has", () => {
    const sdl = parse(readFileSync(path.join(__dirname, "../../schema/explore.graphql"), "utf8"));
    const edge = sdl.definitions.find(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === "GraphEdge",
    )!;
    const fields = new Set(edge.fields!.map((f) => f.name.value));
    expect(EDGE_DETAILS.filter((detail) => !fields.has(detail))).toEqual([]);
  });
});
