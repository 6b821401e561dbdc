import { refusalOfCalls, refusalOfPlan, type PlanNode } from "../../src/analyst/analystPolicy";

const builtIns = new Set(["date.truncate", "count", "tolower"]);
const node = (operatorType: string, details = "", children: PlanNode[] = []): PlanNode => ({
  operatorType,
  arguments: { Details: details },
  children,
});

describe("the analysts' policy", () => {
  it("allows built-in functions (any case), the allowed procedures and functions", () => {
    expect(
      refusalOfCalls(["DATE.TRUNCATE", "db.labels", "apoc.convert.fromJsonMap"], builtIns),
    ).toBeUndefined();
    expect(refusalOfCalls(["apoc.load.json"], builtIns)).toMatch(
      /^apoc\.load\.json is not allowed/,
    );
  });

  const produce = (child: PlanNode) => node("ProduceResults@neo4j", "x", [child]);
  it.each([
    ["load URLs", produce(node("LoadCSV@neo4j", "row")), /LOAD CSV/],
    ["reach other sessions", produce(node("ShowTransactions@neo4j")), /other sessions/],
    ["administer", node("AdministrationCommand@system"), /administration/],
    ["show servers", produce(node("ShowServers@neo4j")), /ShowServers is not allowed/],
    ["run on another database", node("ProduceResults@other", "x"), /database other/],
    [
      "call a procedure not allowed",
      produce(node("ProcedureCall@neo4j", "apoc.load.json($autostring_0) :: (value :: MAP)")),
      /^apoc\.load\.json is not allowed/,
    ],
    [
      "call a function not allowed",
      produce(node("Projection@neo4j", "apoc.cypher.runFirstColumnSingle($a, {}) AS x")),
      /^apoc\.cypher\.runFirstColumnSingle is not allowed/,
    ],
    [
      "call a function of a quoted namespace",
      produce(node("Projection@neo4j", "`my-ns`.f($a) AS x")),
      /^quoted\.f is not allowed/,
    ],
  ])("refuses plans that %s", (_what, plan, refusal) => {
    expect(refusalOfPlan(plan, "neo4j", builtIns)).toMatch(refusal);
  });

  it("allows reading plans, schema SHOW commands and allowed procedures", () => {
    const plan = node("ProduceResults@neo4j", "label, n", [
      node("Projection@neo4j", "date.truncate($a, d) AS `apoc.load.json(x)`", [
        node("ProcedureCall@neo4j", "db.labels() :: (label :: STRING)", [
          node("ShowIndexes@neo4j", "allIndexes"),
        ]),
      ]),
    ]);
    expect(refusalOfPlan(plan, "neo4j", builtIns)).toBeUndefined();
  });
});
