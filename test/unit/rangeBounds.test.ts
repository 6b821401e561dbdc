import neo4j from "neo4j-driver";
import { refusalOfRanges } from "../../src/analyst/rangeBounds";

describe("ranges a timeout could not stop, refused before the query runs", () => {
  it.each([
    [
      "the query that ran on for minutes",
      "RETURN reduce(s = '', x IN range(1, 10000000) | s + 'a') AS big",
    ],
    ["a range whose length is not known", "MATCH (n) RETURN [x IN range(1, n.count) | x]"],
    ["arithmetic that hides its length", "RETURN size([x IN range(0, 10 * 1000 * 1000) | x])"],
    ["underscores and hexadecimal", "RETURN range(1, 10_000_000), range(0, 0xFFFFFF)"],
    ["a huge step's opposite", "RETURN range(10000000, 1, -1)"],
    ["a size plus a huge number", "MATCH p = ()-->() RETURN range(0, length(p) + 5000000)"],
    ["ranges within ranges", "RETURN [a IN range(1, 2000) | [b IN range(1, 2000) | a * b]]"],
    ["a quoted name", "RETURN `range`(1, 1000000000)"],
    ["a function as a bound", "RETURN range(1, toInteger('100000000'))"],
    ["a parameter too big", "RETURN range(1, $n)"],
  ])("refuses %s", (_name, cypher) => {
    expect(refusalOfRanges(cypher, { n: neo4j.int(10_000_000) })).toEqual(expect.any(String));
  });

  it.each([
    ["a year's months", "UNWIND range(1, 12) AS month RETURN month"],
    [
      "a path's positions",
      "MATCH p = (:Person)-[*..3]-(:Module) RETURN [i IN range(0, length(p) - 1) | i]",
    ],
    ["a list's indexes", "WITH [1, 2, 3] AS l RETURN [i IN range(0, size(l) - 1) | l[i]]"],
    ["a parameter", "RETURN range($from, $to)"],
    ["a step", "RETURN range(100000, 1, -1)"],
    ["ranges side by side within the total", "RETURN range(1, 1000), range(1, 1000)"],
    [
      "no range, a property named so",
      "MATCH (n) WHERE n.range > 3 RETURN n.range, 'range(1, 1e9)'",
    ],
    ["a comment", "RETURN 1 // range(1, 100000000)"],
  ])("lets %s run", (_name, cypher) => {
    expect(refusalOfRanges(cypher, { from: neo4j.int(1), to: neo4j.int(500) })).toBeUndefined();
  });

  it("says what it refused and why", () => {
    expect(refusalOfRanges("RETURN reduce(s = '', x IN range(1, 10000000) | s + 'a')")).toBe(
      "range(1, 10000000) makes 10,000,000 numbers, and range() may make at most 100,000 here (Neo4j stops a query at its timeout between rows and reads of the graph, never inside an expression looping over a list)",
    );
  });
});
