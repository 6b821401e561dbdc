import { runTsxScript } from "../support/runCli";
import { TEST_DATABASE } from "../support/testServices";

import { snapshot, seededForAnalysts } from "../support/analystCypher";

describe("read-only Cypher for analysts: npm run cypher, on the real Neo4j", () => {
  const ctx = seededForAnalysts();

  describe("the command line", () => {
    const cli = (args: string[], input?: string) =>
      runTsxScript("src/cli/cypher.ts", args, { env: { NEO4J_DATABASE: TEST_DATABASE }, input });

    it("prints a table, CSV or JSON and exits 0", async () => {
      const table = await cli([
        "MATCH (a:Agency) WHERE a.id IN ['nasa', 'esa'] RETURN a.name AS agency, a.certainty AS certainty ORDER BY agency",
      ]);
      expect(table).toMatchObject({ code: 0 });
      expect(table.stdout).toBe(
        [
          "| agency                | certainty |",
          "| --------------------- | --------- |",
          "| European Space Agency | asserted  |",
          "| NASA                  | asserted  |",
          "",
        ].join("\n"),
      );
      expect(table.stderr).toMatch(/2 rows in \d+ ms/);
      const csv = await cli([
        "--csv",
        "--param",
        "id=nasa",
        "MATCH (a {id: $id}) RETURN a.name AS name",
      ]);
      expect(csv).toMatchObject({ code: 0, stdout: "name\r\nNASA\n" });
      const json = await cli(["--json", "--limit", "1", "UNWIND [1, 2] AS i RETURN i"]);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout)).toEqual([{ i: 1 }]);
      expect(json.stderr).toMatch(/rows were cut at 1/);
    });

    it("exits 1 on a query that reaches out, saying why, and fetches nothing", async () => {
      const loaded = await cli(["--param", `url=${ctx.http.url}`, "CALL apoc.load.json($url)"]);
      expect(loaded.code).toBe(1);
      expect(loaded.stderr).toMatch(
        /^error not_allowed: refused: apoc\.load\.json is not allowed/m,
      );
      const csv = await cli([
        "--param",
        `url=${ctx.http.url}`,
        "LOAD CSV FROM $url AS row RETURN row",
      ]);
      expect(csv.stderr).toMatch(/^error not_allowed: refused: LOAD CSV/m);
      expect(ctx.http.requests).toEqual([]);
    });

    it("exits 1 on a write, saying it was refused, and exits 2 on wrong usage", async () => {
      const before = await snapshot(ctx.driver);
      const write = await cli(["MATCH (n) DETACH DELETE n"]);
      expect(write.code).toBe(1);
      expect(write.stderr).toMatch(
        /error write_refused \(Neo\.ClientError\.Statement\.AccessMode\)/,
      );
      expect(await snapshot(ctx.driver)).toEqual(before);
      const usage = await cli(["--limit", "none", "RETURN 1"]);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toMatch(/usage error: --limit/);
      expect((await cli(["RETURN 1; RETURN 2"])).code).toBe(2);
    });

    it("runs statements given on its input, one after another, each read-only", async () => {
      const session = await cli(
        ["--csv"],
        "RETURN 'a;b' AS x;\n:param n=41\nRETURN $n + 1 AS answer;\nCREATE (:Intruder);\n",
      );
      expect(session.stdout).toBe("x\r\na;b\nanswer\r\n42\n");
      expect(session.stderr).toMatch(/write_refused/);
      expect(session.code).toBe(1);
    });
  });
});
