import { spawnSync } from "node:child_process";
import { projectRoot } from "../../../src/config/projectRoot";
import { GRAPH_MODEL } from "../../../src/graph/GraphModel";

/**
 * The boundary of the graph model is checked by lint (eslint.config.mjs): outside src/graph, a
 * string or template spelling a label or relationship type in Cypher fails; names interpolated
 * from src/graph pass. ESLint runs in a process of its own (its config is an ES module, which
 * Jest's module system cannot import), once for every case.
 */
interface Case {
  code: string;
  file: string;
}

const LINT_CASES = `
const { ESLint } = require("eslint");
const cases = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: process.cwd() });
(async () => {
  const out = [];
  for (const { code, file } of cases) {
    const [result] = await eslint.lintText(code, { filePath: file });
    out.push(result.messages.filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();`;

const cases: Case[] = [];
/** Registers a case; its messages are read after the one ESLint run (beforeAll). */
function lint(code: string, file = "src/explore/example.ts"): () => string[] {
  const index = cases.push({ code, file }) - 1;
  return () => results[index]!;
}
let results: string[][] = [];

const GRAPH = /^Only src\/graph spells the graph's labels and relationship types/;

describe("lint: only src/graph spells the graph", () => {
  beforeAll(() => {
    const run = spawnSync(process.execPath, ["-e", LINT_CASES], {
      cwd: projectRoot(),
      input: JSON.stringify(cases),
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`ESLint failed: ${run.stderr}`);
    results = JSON.parse(run.stdout) as string[][];
  }, 120_000);

  it.each([
    ["a label in a pattern", lint('export const q = "MATCH (n:Incident {id: $id}) RETURN n";')],
    ["a label in a predicate", lint("export const q = `MATCH (n) WHERE n:Fact RETURN n`;")],
    [
      "a label after an interpolated variable",
      lint("export const is = (x: string) => `(${x}:Incident)`;"),
    ],
    ["a type in a pattern", lint("export const q = `MATCH (a)-[:PART_OF*0..6]->(b) RETURN b`;")],
    ["a typed relationship", lint('export const q = "MATCH (a)-[r:HISTORICAL]->(b) RETURN r";')],
    [
      "a type as a string",
      lint("export const q = `MATCH ()-[r]->() WHERE type(r) <> 'CITES' RETURN r`;"),
    ],
    ["types in a list", lint("export const q = `WHERE NOT type(r) IN ['CITES', 'HISTORICAL']`;")],
    ["a future type", lint("export const q = `MATCH (v)-[:ORBITS]->(s) RETURN s`;")],
  ])("refuses %s", (_what, messages) => {
    expect(messages()).toHaveLength(1);
    expect(messages()[0]).toMatch(GRAPH);
  });

  const everyName = [
    ...GRAPH_MODEL.labels.map((label) => lint(`export const q = "MATCH (n:${label}) RETURN n";`)),
    ...GRAPH_MODEL.relationshipTypes.map((type) =>
      lint(`export const q = "MATCH ()-[r:${type}]->() RETURN r";`),
    ),
  ];
  it("refuses every label and relationship type of the model, spelt in Cypher", () => {
    expect(everyName.map((messages) => messages().length)).toEqual(everyName.map(() => 1));
  });

  const interpolated = lint(`
      import { LABEL } from "../graph/graphLabels";
      import { TYPE } from "../graph/relationshipTypes";
      export const q = \`MATCH (n:\${LABEL.Incident})-[:\${TYPE.AFFECTED}]->(m) WHERE type(r) <> '\${TYPE.CITES}' RETURN m\`;
      export const message = "Error: Incident not found at bolt://localhost:7687, T12:00";
      export const kind = "Incident";
    `);
  it("passes names interpolated from src/graph, and strings that are no Cypher", () => {
    expect(interpolated()).toEqual([]);
  });

  const inGraph = lint('export const q = "MATCH (n:Fact) RETURN n";', "src/graph/x.ts");
  const logInGraph = lint('export const q = "MATCH (e:Event) RETURN e";', "src/graph/x.ts");
  const logElsewhere = lint('export const q = "MATCH (e:Event) RETURN e";');
  it("lets src/graph spell them, and still keeps the log's labels to src/eventstore", () => {
    const log = "Only src/eventstore reads or writes the log: ask the event store.";
    expect(inGraph()).toEqual([]);
    expect(logInGraph()).toEqual([log]);
    expect(logElsewhere()).toEqual([log]);
  });

  const inBench = lint('export const q = "MATCH (n:Entity) RETURN n";', "bench/x.ts");
  it("checks the bench too", () => {
    expect(inBench()).toHaveLength(1);
    expect(inBench()[0]).toMatch(GRAPH);
  });
});
