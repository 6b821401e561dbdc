import {
  parseGraphModelDoc,
  readGraphModelDoc,
  undocumented,
  unobserved,
  type GraphModelDoc,
  type ObservedGraph,
} from "../support/graphModelDoc";

/** The document without one level-3 section: from its heading to the next heading. */
function withoutSection(markdown: string, heading: string): string {
  const lines = markdown.split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const next = lines.findIndex((line, i) => i > start && /^#{1,3} /.test(line));
  return [...lines.slice(0, start), ...lines.slice(next)].join("\n");
}

function withoutLine(markdown: string, pattern: RegExp): string {
  const lines = markdown.split("\n");
  const index = lines.findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`no line ${pattern}`);
  return [...lines.slice(0, index), ...lines.slice(index + 1)].join("\n");
}

/** A graph holding exactly what the document describes: every name with its own properties. */
function graphOf(doc: GraphModelDoc): ObservedGraph {
  const of = (element: "label" | "relationship type") =>
    doc.sections
      .filter((s) => s.element === element)
      .flatMap((s) => s.names.map((name) => ({ name, keys: [...s.properties] })));
  return {
    labels: of("label").map((l) => l.name),
    relationshipTypes: of("relationship type").map((t) => t.name),
    nodes: of("label").map(({ name, keys }) => ({ labels: [name], keys })),
    relationships: of("relationship type").map(({ name, keys }) => ({ type: name, keys })),
  };
}

describe("the checker of docs/graph-model.md", () => {
  const markdown = readGraphModelDoc();
  const doc = parseGraphModelDoc(markdown);
  const graph = graphOf(doc);

  it("reads the labels, relationship types and properties of the document", () => {
    expect(doc.byName.get("IncidentUpdate")?.element).toBe("label");
    expect(doc.byName.get("HISTORICAL")?.element).toBe("relationship type");
    expect(doc.byName.get("Event")?.properties).toContain("occurredPrecision");
    expect([...doc.byName.get("Incident")!.properties]).toEqual(
      expect.arrayContaining(["correctedAt", "quotesText", "occurredFrom"]),
    );
    // One table serves every name of its heading.
    expect(doc.byName.get("CREW_OF")).toBe(doc.byName.get("PART_OF"));
    expect(doc.byName.get("PART_OF")?.properties).toContain("validFromStart");
    expect(doc.byName.get("Retracted")?.inherits).toEqual([
      "Entity",
      "Incident",
      "IncidentUpdate",
      "Statement",
      "Quantity",
    ]);
    // Prose parts are not read: the example tables of the conventions document nothing.
    expect(doc.byName.has("Conventions")).toBe(false);
    expect(undocumented(doc, graph)).toEqual([]);
    expect(unobserved(doc, graph)).toEqual([]);
  });

  it("reports a label whose section was removed, with its properties", () => {
    const edited = parseGraphModelDoc(withoutSection(markdown, "### `IncidentUpdate`"));
    const problems = undocumented(edited, graph);
    expect(problems).toContain("label `IncidentUpdate` is not documented");
    expect(problems).toContain(
      "property `ruledOut` of (:IncidentUpdate) is not documented under any of its labels",
    );
    expect(problems.every((p) => p.includes("IncidentUpdate"))).toBe(true);
  });

  it("reports a relationship type whose section was removed", () => {
    const edited = parseGraphModelDoc(withoutSection(markdown, "### `CITES`"));
    expect(undocumented(edited, graph)).toContain("relationship type `CITES` is not documented");
  });

  it("reports a property whose row was removed, and an unknown label", () => {
    const edited = parseGraphModelDoc(withoutLine(markdown, /^\| `speakerDescription` \|/));
    const intruder = { ...graph, labels: [...graph.labels, "Intruder"] };
    expect(undocumented(edited, intruder)).toEqual([
      "label `Intruder` is not documented",
      "property `speakerDescription` of (:Statement) is not documented under any of its labels",
    ]);
  });

  it("accepts the properties a retracted node keeps only through its Inherits line", () => {
    const retracted = {
      ...graph,
      nodes: [{ labels: ["Retracted"], keys: ["name", "cause", "knownUntil"] }],
    };
    expect(undocumented(doc, retracted)).toEqual([]);
    const edited = parseGraphModelDoc(
      withoutLine(markdown, /^Inherits the properties of `Entity`/),
    );
    expect(undocumented(edited, retracted)).toEqual([
      "property `cause` of (:Retracted) is not documented under any of its labels",
      "property `name` of (:Retracted) is not documented under any of its labels",
    ]);
  });

  it("reports what the document describes and the graph no longer holds", () => {
    const smaller = {
      ...graph,
      labels: graph.labels.filter((l) => l !== "Article"),
      nodes: graph.nodes
        .filter((n) => !n.labels.includes("Article"))
        .map((n) =>
          n.labels.includes("Event") ? { ...n, keys: n.keys.filter((k) => k !== "actor") } : n,
        ),
    };
    expect(unobserved(doc, smaller)).toEqual([
      "label `Article` is documented but not in the graph",
      "property `actor` of `Event` is documented but not in the graph",
    ]);
  });
});
