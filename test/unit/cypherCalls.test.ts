import { calledNames } from "../../src/analyst/cypherCalls";

describe("the namespaced names a Cypher text calls", () => {
  it("finds procedures and functions however they are spelled", () => {
    expect(calledNames("CALL apoc.load.json($url) YIELD value RETURN value")).toEqual([
      "apoc.load.json",
    ]);
    expect(calledNames("CALL `apoc`.`load`.json($u)")).toEqual(["apoc.load.json"]);
    expect(calledNames("CALL apoc /* c */ . load\n. json ($u)")).toEqual(["apoc.load.json"]);
    expect(
      calledNames("RETURN apoc.cypher.runFirstColumnSingle('x', {}), date.truncate('day', d)"),
    ).toEqual(["apoc.cypher.runFirstColumnSingle", "date.truncate"]);
    expect(calledNames("CALL `weird``name`.f()")).toEqual(["weird`name.f"]);
  });

  it("ignores strings, comments, property access and plain functions", () => {
    expect(
      calledNames(
        "MATCH (n {name: 'apoc.load.json(1)'}) // apoc.load.xml(2)\n" +
          '/* apoc.import.json(3) */ WHERE n.name = "a.b(c)" RETURN n.name, count(n), 1.5',
      ),
    ).toEqual([]);
  });
});
