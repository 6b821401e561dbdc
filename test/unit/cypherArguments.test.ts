import neo4j from "neo4j-driver";
import {
  parseCypherArguments,
  parseDuration,
  parseParam,
  UsageError,
} from "../../src/analyst/cypherArguments";
import { splitStatements } from "../../src/analyst/cypherStatements";

describe("the command line of npm run cypher", () => {
  it("defaults to a table, 1000 rows and 30 seconds", () => {
    expect(parseCypherArguments(["MATCH (n) RETURN n"])).toEqual({
      kind: "run",
      query: "MATCH (n) RETURN n",
      options: { format: "table", limit: 1000, timeoutMs: 30_000, params: {} },
    });
  });

  it("takes a format, a limit, a timeout and parameters", () => {
    const parsed = parseCypherArguments([
      "--csv",
      "--limit",
      "5",
      "--timeout",
      "500ms",
      "-p",
      "asOf=96",
      "--param",
      "day=2024-02-29",
      "RETURN $asOf, $day",
    ]);
    expect(parsed).toMatchObject({
      kind: "run",
      options: { format: "csv", limit: 5, timeoutMs: 500, params: { day: "2024-02-29" } },
    });
    expect(parsed.kind === "run" && parsed.options.params.asOf).toEqual(neo4j.int(96));
  });

  it("has no query in interactive mode, and help on --help", () => {
    expect(parseCypherArguments(["--json"])).toMatchObject({ kind: "run", query: undefined });
    expect(parseCypherArguments(["--help", "RETURN 1"])).toEqual({ kind: "help" });
  });

  it.each([
    [["--limit", "0", "RETURN 1"], /--limit/],
    [["--limit", "ten", "RETURN 1"], /--limit/],
    [["--timeout", "soon", "RETURN 1"], /--timeout/],
    [["--json", "--csv", "RETURN 1"], /one output format/],
    [["MATCH (n)", "RETURN n"], /one argument/],
    [["--param", "=1", "RETURN 1"], /name=value/],
    [["--rows", "3", "RETURN 1"], /rows/],
    [["   "], /empty/],
  ])("refuses %j as a usage error", (argv, message) => {
    expect(() => parseCypherArguments(argv)).toThrow(UsageError);
    expect(() => parseCypherArguments(argv)).toThrow(message);
  });

  it("reads parameter values as JSON, whole numbers as Cypher integers, else as text", () => {
    expect(parseParam("n=42")).toEqual(["n", neo4j.int(42)]);
    expect(parseParam("x=4.5")).toEqual(["x", 4.5]);
    expect(parseParam('s="a=b"')).toEqual(["s", "a=b"]);
    expect(parseParam("ids=[1, 2]")).toEqual(["ids", [neo4j.int(1), neo4j.int(2)]]);
    expect(parseParam('m={"k": true, "n": null}')).toEqual(["m", { k: true, n: null }]);
    expect(parseParam("name=zvezda")).toEqual(["name", "zvezda"]);
    expect(parseParam("empty=")).toEqual(["empty", ""]);
  });

  it("reads durations in ms, s and m, a bare number in seconds", () => {
    expect(parseDuration("250ms")).toBe(250);
    expect(parseDuration("30s")).toBe(30_000);
    expect(parseDuration("1.5")).toBe(1500);
    expect(parseDuration("2m")).toBe(120_000);
    expect(() => parseDuration("0s")).toThrow(UsageError);
  });
});

describe("statements of the interactive mode", () => {
  it("end at semicolons outside strings, quoted names and comments", () => {
    expect(
      splitStatements(
        'RETURN \'a;b\' AS x; RETURN "c\\";d" AS `y;z`; // no; end\nRETURN 1 /* ; */;  MATCH (n)',
      ),
    ).toEqual({
      statements: ["RETURN 'a;b' AS x", 'RETURN "c\\";d" AS `y;z`', "// no; end\nRETURN 1 /* ; */"],
      rest: "  MATCH (n)",
    });
  });

  it("keep an unfinished statement for the next line, and skip empty ones", () => {
    expect(splitStatements(";;\nMATCH (n)\n")).toEqual({ statements: [], rest: "\nMATCH (n)\n" });
    expect(splitStatements("RETURN 'open;")).toEqual({ statements: [], rest: "RETURN 'open;" });
  });
});
