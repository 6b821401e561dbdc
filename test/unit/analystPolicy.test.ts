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

  it("refuses plans that load URLs, reach other sessions, administer or run on another database", () => {
    const produce = (child: PlanNode) => node("ProduceResults@neo4j", "x", [child]);
    expect(refusalOfPlan(produce(node("LoadCSV@neo4j", "row")), "neo4j", builtIns)).toMatch(
      /LOAD CSV/,
    );
    expect(refusalOfPlan(produce(node("ShowTransactions@neo4j")), "neo4j", builtIns)).toMatch(
      /other sessions/,
    );
    expect(refusalOfPlan(node("AdministrationCommand@system"), "neo4j", builtIns)).toMatch(
      /administration/,
    );
    expect(refusalOfPlan(produce(node("ShowServers@neo4j")), "neo4j", builtIns)).toMatch(
      /ShowServers is not allowed/,
    );
    expect(refusalOfPlan(node("ProduceResults@other", "x"), "neo4j", builtIns)).toMatch(
      /database other/,
    );
    expect(
      refusalOfPlan(
        produce(node("ProcedureCall@neo4j", "apoc.load.json($autostring_0) :: (value :: MAP)")),
        "neo4j",
        builtIns,
      ),
    ).toMatch(/^apoc\.load\.json is not allowed/);
    expect(
      refusalOfPlan(
        produce(node("Projection@neo4j", "apoc.cypher.runFirstColumnSingle($a, {}) AS x")),
        "neo4j",
        builtIns,
      ),
    ).toMatch(/^apoc\.cypher\.runFirstColumnSingle is not allowed/);
    expect(
      refusalOfPlan(produce(node("Projection@neo4j", "`my-ns`.f($a) AS x")), "neo4j", builtIns),
    ).toMatch(/^quoted\.f is not allowed/);
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
