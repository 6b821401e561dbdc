import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Driver } from "neo4j-driver";
import { parseParam } from "../../src/analyst/cypherArguments";
import { CypherQueryError, runReadOnlyCypher } from "../../src/analyst/readOnlyCypher";
import { ingestArticle } from "../../src/commands/ingestArticle";
import { projectRoot } from "../../src/config/projectRoot";
import { toNumber } from "../../src/neo4j/neo4jValues";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { loadSeedArticles } from "../../src/seed/seedFolder";
import { TEST_ENV } from "../support/testNeo4j";
import { freshServices, logCounts, TEST_DATABASE } from "../support/testServices";

const run = (
  driver: Driver,
  cypher: string,
  options: Partial<{ limit: number; timeoutMs: number; params: Record<string, unknown> }> = {},
) =>
  runReadOnlyCypher(driver, TEST_DATABASE, { cypher, limit: 1000, timeoutMs: 30_000, ...options });

/** Everything a write could change: the projection, the log, all nodes and the schema. */
async function snapshot(driver: Driver) {
  const count = async (cypher: string) => {
    const { records } = await driver.executeQuery(cypher, {}, { database: TEST_DATABASE });
    return toNumber(records[0]!.get(0));
  };
  return {
    fingerprint: await projectionFingerprint(driver, TEST_DATABASE),
    log: await logCounts(driver),
    nodes: await count("MATCH (n) RETURN count(n)"),
    relationships: await count("MATCH ()-[r]->() RETURN count(r)"),
    nasaName: (
      await driver.executeQuery(
        "MATCH (n:Entity {id: 'nasa'}) RETURN n.name AS name",
        {},
        {
          database: TEST_DATABASE,
        },
      )
    ).records[0]?.get("name"),
    constraints: await count("SHOW CONSTRAINTS YIELD name RETURN count(*)"),
    indexes: await count("SHOW INDEXES YIELD name RETURN count(*)"),
  };
}

/** Rejects with a CypherQueryError; returns it. */
async function refusal(promise: Promise<unknown>): Promise<CypherQueryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CypherQueryError);
  return error as CypherQueryError;
}

describe("read-only Cypher for analysts (npm run cypher), on the real Neo4j", () => {
  let driver: Driver;

  beforeAll(async () => {
    const services = await freshServices();
    driver = services.driver;
    for (const bundle of loadSeedArticles())
      await ingestArticle(services.handler, bundle.article, bundle.facts, { actor: "seed" });
  });

  afterAll(async () => {
    await driver?.close();
  });

  it("answers a read with its columns and rows", async () => {
    const result = await run(
      driver,
      "MATCH (p:Person)-[:CREW_OF]->(:Station {id: 'iss'}) RETURN count(p) AS crew, 'iss' AS station",
    );
    expect(result.columns).toEqual(["crew", "station"]);
    expect(result.rows).toHaveLength(1);
    expect(toNumber(result.rows[0]![0])).toBe(7);
    expect(result.truncated).toBe(false);
  });

  it.each([
    "CREATE (:Intruder)",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Entity {id: 'nasa'}) SET n.name = 'Intruder'",
    "MERGE (:Intruder {id: 1})",
    "MATCH (e:Event) WITH e LIMIT 1 DELETE e",
    "CREATE INDEX intruder IF NOT EXISTS FOR (n:Intruder) ON (n.id)",
    "DROP CONSTRAINT entity_id",
    "CALL apoc.create.node(['Intruder'], {})",
    "CALL apoc.cypher.run('CREATE (:Entity {id: \"intruder\"}) RETURN 1 AS x', {})",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {batchSize: 10})",
  ])("refuses %s with a clear error, and writes nothing", async (cypher) => {
    const before = await snapshot(driver);
    const error = await refusal(run(driver, cypher));
    expect(error.kind).toBe("write_refused");
    expect(error.message).toMatch(/^refused: queries run read-only here, and this one writes/);
    expect(await snapshot(driver)).toEqual(before);
    expect(before.nodes).toBeGreaterThan(100);
  });

  it("cuts the rows at the limit, and says so only when there were more", async () => {
    const ten = "UNWIND range(1, 10) AS i RETURN i ORDER BY i";
    const cut = await run(driver, ten, { limit: 3 });
    expect(cut.rows.map(([i]) => toNumber(i))).toEqual([1, 2, 3]);
    expect(cut.truncated).toBe(true);
    expect((await run(driver, ten, { limit: 10 })).truncated).toBe(false);
    expect((await run(driver, ten, { limit: 11 })).rows).toHaveLength(10);
  });

  it("stops a query that runs past its timeout", async () => {
    const started = Date.now();
    const error = await refusal(
      run(driver, "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*)", {
        timeoutMs: 300,
      }),
    );
    expect(error.kind).toBe("timeout");
    expect(error.message).toMatch(/longer than the timeout of 300ms/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("takes parameters as --param gives them, and names a missing one", async () => {
    const params = Object.fromEntries(
      ["asOf=66", "stream=incident-zvezda-air-leak"].map(parseParam),
    );
    const result = await run(
      driver,
      "MATCH (e:Event {stream: $stream}) WHERE e.position <= $asOf RETURN e.type AS type",
      { params },
    );
    expect(result.rows).toEqual([["IncidentReported"]]);
    const missing = await refusal(run(driver, "RETURN $nowhere"));
    expect(missing.kind).toBe("missing_parameter");
    expect(missing.message).toMatch(/nowhere.*--param/);
  });

  it("says why a query is not Cypher", async () => {
    const error = await refusal(run(driver, "MATCH (n) RETURN n LIMIT"));
    expect(error.kind).toBe("syntax");
    expect(error.neo4jCode).toBe("Neo.ClientError.Statement.SyntaxError");
  });

  describe("the command line", () => {
    const execFileAsync = promisify(execFile);
    const cli = async (args: string[], input?: string) => {
      const child = execFileAsync(
        path.join(projectRoot(), "node_modules", ".bin", "tsx"),
        ["src/cli/cypher.ts", ...args],
        {
          cwd: projectRoot(),
          env: {
            ...process.env,
            NEO4J_URI: process.env[TEST_ENV.uri],
            NEO4J_USER: process.env[TEST_ENV.user],
            NEO4J_PASSWORD: process.env[TEST_ENV.password],
            NEO4J_DATABASE: TEST_DATABASE,
          },
        },
      );
      if (input !== undefined) child.child.stdin?.end(input);
      return child.then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({
          code: e.code,
          stdout: e.stdout,
          stderr: e.stderr,
        }),
      );
    };

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

    it("exits 1 on a write, saying it was refused, and exits 2 on wrong usage", async () => {
      const before = await snapshot(driver);
      const write = await cli(["MATCH (n) DETACH DELETE n"]);
      expect(write.code).toBe(1);
      expect(write.stderr).toMatch(
        /error write_refused \(Neo\.ClientError\.Statement\.AccessMode\)/,
      );
      expect(await snapshot(driver)).toEqual(before);
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
