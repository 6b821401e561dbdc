import neo4j from "neo4j-driver";
import { toCellText, toJsonValue } from "../../src/analyst/cypherValues";
import { formatResult, markdownCell, resultSummary } from "../../src/analyst/resultFormats";
import { tableCells } from "../support/cypherCookbookDoc";

const { Node, Relationship, Path, PathSegment, Date: Neo4jDate, DateTime } = neo4j.types;

const person = new Node(
  neo4j.int(1),
  ["Entity", "Person"],
  { name: "Loral OHara", id: "loral-ohara" },
  "4:x:1",
);
const nasa = new Node(neo4j.int(2), ["Entity", "Agency"], { id: "nasa" }, "4:x:2");
const member = new Relationship(
  neo4j.int(3),
  neo4j.int(1),
  neo4j.int(2),
  "MEMBER_OF",
  { role: "astronaut", knownSince: neo4j.int(31) },
  "5:x:3",
  "4:x:1",
  "4:x:2",
);

describe("values of an analyst's query, as text and as JSON", () => {
  it("writes scalars as Cypher does: integers bare, floats with a point, null as null", () => {
    expect(toCellText(neo4j.int(42))).toBe("42");
    expect(toCellText(2)).toBe("2.0");
    expect(toCellText(0.25)).toBe("0.25");
    expect(toCellText(null)).toBe("null");
    expect(toCellText(true)).toBe("true");
    expect(toCellText("as it is")).toBe("as it is");
    expect(toCellText(new Neo4jDate(2024, 2, 29))).toBe("2024-02-29");
    expect(toCellText(new DateTime(2020, 8, 1, 0, 0, 0, 0, 0))).toBe("2020-08-01T00:00:00Z");
  });

  it("writes lists, maps, nodes and relationships as Cypher literals, keys in order", () => {
    expect(toCellText(["a", neo4j.int(1), null])).toBe('["a", 1, null]');
    expect(toCellText({ b: 1.5, a: "x" })).toBe('{a: "x", b: 1.5}');
    expect(toCellText(person)).toBe('(:Entity:Person {id: "loral-ohara", name: "Loral OHara"})');
    expect(toCellText(member)).toBe('[:MEMBER_OF {knownSince: 31, role: "astronaut"}]');
  });

  it("writes a path by its nodes' ids, with each relationship's direction", () => {
    const forward = new Path(person, nasa, [new PathSegment(person, member, nasa)]);
    const backward = new Path(nasa, person, [new PathSegment(nasa, member, person)]);
    expect(toCellText(forward)).toBe(
      '(:Entity:Person {id: "loral-ohara"})-[:MEMBER_OF]->(:Agency:Entity {id: "nasa"})',
    );
    expect(toCellText(backward)).toBe(
      '(:Agency:Entity {id: "nasa"})<-[:MEMBER_OF]-(:Entity:Person {id: "loral-ohara"})',
    );
  });

  it("gives JSON numbers, ISO strings and whole graph values", () => {
    expect(toJsonValue(neo4j.int(7))).toBe(7);
    expect(toJsonValue(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toJsonValue(new Neo4jDate(2024, 2, 29))).toBe("2024-02-29");
    expect(toJsonValue(member)).toEqual({
      elementId: "5:x:3",
      type: "MEMBER_OF",
      startNodeElementId: "4:x:1",
      endNodeElementId: "4:x:2",
      properties: { knownSince: 31, role: "astronaut" },
    });
  });
});

describe("results as a table, JSON and CSV", () => {
  const result = {
    columns: ["name", "note"],
    rows: [
      ["a|b", null],
      ['say "hi", twice', "line\nbreak"],
    ],
  };

  it("prints a Markdown table whose cells the cookbook's reader splits back", () => {
    const table = formatResult(result, "table").split("\n");
    expect(table).toEqual([
      "| name            | note        |",
      "| --------------- | ----------- |",
      "| a\\|b            | null        |",
      '| say "hi", twice | line\\nbreak |',
    ]);
    expect(tableCells(table[2]!)).toEqual([markdownCell("a|b"), "null"]);
  });

  it("prints CSV with quotes where needed and null as an empty field", () => {
    expect(formatResult(result, "csv")).toBe(
      'name,note\r\na|b,\r\n"say ""hi"", twice","line\nbreak"',
    );
  });

  it("prints JSON rows keyed by column", () => {
    expect(JSON.parse(formatResult(result, "json"))).toEqual([
      { name: "a|b", note: null },
      { name: 'say "hi", twice', note: "line\nbreak" },
    ]);
  });

  it("says when rows were cut", () => {
    expect(resultSummary({ ...result, truncated: false, elapsedMs: 5 }, 10)).toBe("2 rows in 5 ms");
    expect(resultSummary({ ...result, truncated: true, elapsedMs: 5 }, 2)).toMatch(
      /rows were cut at 2/,
    );
  });
});
