import neo4j from "neo4j-driver";
import { parseParam } from "../../src/analyst/cypherArguments";
import { toNumber } from "../../src/neo4j/neo4jValues";
import { TEST_ENV } from "../support/testNeo4j";
import { TEST_DATABASE } from "../support/testServices";

import { refusal, run, snapshot, seededForAnalysts } from "../support/analystCypher";

describe("read-only Cypher for analysts (npm run cypher), on the real Neo4j", () => {
  const ctx = seededForAnalysts();

  it("answers a read with its columns and rows", async () => {
    const result = await run(
      ctx.driver,
      "MATCH (p:Person)-[:CREW_OF]->(:Station {id: 'iss'}) RETURN count(p) AS crew, 'iss' AS station",
    );
    expect(result.columns).toEqual(["crew", "station"]);
    expect(result.rows).toHaveLength(1);
    // Seven crew members in the AP article of 2024, three in NASA's posts of 2020.
    expect(toNumber(result.rows[0]![0])).toBe(10);
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
  ])("refuses %s with a clear error, and writes nothing", async (cypher) => {
    const before = await snapshot(ctx.driver);
    const error = await refusal(run(ctx.driver, cypher));
    expect(error.kind).toBe("write_refused");
    expect(error.message).toMatch(/^refused: queries run read-only here, and this one writes/);
    expect(await snapshot(ctx.driver)).toEqual(before);
    expect(before.nodes).toBeGreaterThan(100);
  });

  // Each reaches out of the database: to the test's HTTP server (the tester's
  // apoc.load.jsonParams POSTed a mutation to the API), to a file, or runs Cypher from a string.
  const mutation = JSON.stringify({ query: "mutation { registerEntity { id } }" });
  it.each([
    ["LOAD CSV FROM $url AS row RETURN row", /LOAD CSV reads URLs and files/],
    ["LOAD CSV WITH HEADERS FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
    ["CALL apoc.load.json($url) YIELD value RETURN value", /apoc\.load\.json is not allowed/],
    [
      `CALL apoc.load.jsonParams($url, {method: 'POST', \`content-type\`: 'application/json'}, '${mutation}')`,
      /apoc\.load\.jsonParams is not allowed/,
    ],
    ["CALL `apoc`.`load`.json($url)", /apoc\.load\.json is not allowed/],
    ["CALL apoc /* hidden? */ . load . json ($url)", /apoc\.load\.json is not allowed/],
    ["CALL apoc.load.xml($url)", /apoc\.load\.xml is not allowed/],
    ["CALL apoc.import.json($url)", /apoc\.import\.json is not allowed/],
    ["CALL apoc.import.csv([{fileName: $url, labels: ['X']}], [], {})", /apoc\.import\.csv/],
    [
      "RETURN apoc.cypher.runFirstColumnSingle('CALL apoc.load.json($u) YIELD value RETURN value', {u: $url}) AS v",
      /apoc\.cypher\.runFirstColumnSingle is not allowed/,
    ],
    ["CALL apoc.cypher.run('LOAD CSV FROM $u AS r RETURN r', {u: $url})", /apoc\.cypher\.run/],
    ["CALL apoc.create.node(['Intruder'], {})", /apoc\.create\.node is not allowed/],
    [
      "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {batchSize: 10})",
      /apoc\.periodic\.iterate is not allowed/,
    ],
    ["CALL apoc.util.sleep(40000)", /apoc\.util\.sleep is not allowed/],
  ])("refuses %s before running it: nothing is fetched or written", async (cypher, reason) => {
    const before = await snapshot(ctx.driver);
    const started = Date.now();
    const error = await refusal(run(ctx.driver, cypher, { params: { url: ctx.http.url } }));
    expect(error.kind).toBe("not_allowed");
    expect(error.message).toMatch(/^refused: /);
    expect(error.message).toMatch(reason);
    expect(error.message).toMatch(/nothing of the query was run$/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(ctx.http.requests).toEqual([]);
    expect(await snapshot(ctx.driver)).toEqual(before);
  });

  it.each([
    ["SHOW USERS", /administration commands/],
    ["CREATE USER intruder SET PASSWORD 'intruder-password'", /administration commands/],
    ["ALTER USER neo4j SET PASSWORD 'intruder-password'", /administration commands/],
    ["ALTER CURRENT USER SET PASSWORD FROM 'x' TO 'intruder-password'", /administration/],
    ["DROP USER neo4j", /administration commands/],
    ["STOP DATABASE neo4j", /administration commands/],
    ["CREATE DATABASE intruder", /administration commands/],
    ["SHOW DATABASES", /administration commands|ShowDatabase/],
    ["SHOW SETTINGS", /SHOW SETTINGS reads the server's configuration/],
    ["SHOW TRANSACTIONS", /SHOW TRANSACTIONS shows other sessions' queries/],
    ["CALL dbms.listConfig()", /dbms\.listConfig is not allowed/],
    ["CALL dbms.setConfigValue('db.transaction.timeout', '0')", /dbms\.setConfigValue/],
    ["CALL db.clearQueryCaches()", /db\.clearQueryCaches is not allowed/],
  ])("refuses the administration command %s", async (cypher, reason) => {
    const users = async () =>
      (
        await ctx.driver.executeQuery(
          "SHOW USERS YIELD user RETURN collect(user) AS users",
          {},
          {
            database: "system",
          },
        )
      ).records[0]?.get("users") as string[];
    const before = await users();
    const error = await refusal(run(ctx.driver, cypher));
    expect(error.kind).toBe("not_allowed");
    expect(error.message).toMatch(reason);
    expect(await users()).toEqual(before);
    // The owner's password is unchanged: a new connection with it is accepted.
    const again = neo4j.driver(
      process.env[TEST_ENV.uri]!,
      neo4j.auth.basic(process.env[TEST_ENV.user]!, process.env[TEST_ENV.password]!),
    );
    try {
      await again.verifyAuthentication();
    } finally {
      await again.close();
    }
  });

  it("cannot end another session's transaction", async () => {
    const victim = ctx.driver.session({ database: TEST_DATABASE });
    const tx = await victim.beginTransaction({ metadata: { app: "victim" } });
    try {
      await tx.run("RETURN 1");
      const { records } = await ctx.driver.executeQuery(
        "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app = 'victim' RETURN transactionId",
        {},
        { database: TEST_DATABASE },
      );
      const id = records[0]?.get("transactionId") as string;
      expect(id).toMatch(/^neo4j-transaction-\d+$/);
      const error = await refusal(
        run(ctx.driver, "TERMINATE TRANSACTIONS $id", { params: { id } }),
      );
      expect(error.kind).toBe("not_allowed");
      expect(error.message).toMatch(/TERMINATE TRANSACTIONS ends other sessions' queries/);
      // Still alive: it runs a query and commits.
      expect((await tx.run("RETURN 2 AS two")).records[0]?.get("two")).toEqual(neo4j.int(2));
      await tx.commit();
    } finally {
      await victim.close();
    }
  });

  it("still runs what analysts read with: schema procedures, full text, JSON of the log, SHOW INDEXES, EXPLAIN and PROFILE", async () => {
    const labels = await run(
      ctx.driver,
      "CALL db.labels() YIELD label RETURN label ORDER BY label",
    );
    expect(labels.rows.flat()).toContain("Agency");
    const text = await run(
      ctx.driver,
      "CALL db.index.fulltext.queryNodes('fact_quotes', 'meteoroids') YIELD node RETURN count(node) AS n",
    );
    expect(toNumber(text.rows[0]![0])).toBeGreaterThan(0);
    const json = await run(
      ctx.driver,
      "MATCH (e:Event {position: 1}) RETURN size(keys(apoc.convert.fromJsonMap(e.data))) AS keys, date.truncate('month', date('2024-02-29')) AS month",
    );
    expect(toNumber(json.rows[0]![0])).toBeGreaterThan(0);
    expect(String(json.rows[0]![1])).toBe("2024-02-01");
    const indexes = await run(ctx.driver, "SHOW INDEXES YIELD name RETURN count(*) AS n");
    expect(toNumber(indexes.rows[0]![0])).toBeGreaterThan(3);
    const profiled = await run(
      ctx.driver,
      "// a comment first\nPROFILE MATCH (a:Agency) RETURN count(a) AS n",
    );
    expect(toNumber(profiled.rows[0]![0])).toBeGreaterThan(3);
    expect((await run(ctx.driver, "EXPLAIN MATCH (a:Agency) RETURN a")).rows).toEqual([]);
    // A name that looks like a call inside a string or a quoted alias is no call.
    const quoted = await run(ctx.driver, "RETURN 'apoc.load.json(x)' AS `apoc.load.json(y)`");
    expect(quoted.rows).toEqual([["apoc.load.json(x)"]]);
  });

  const ownInstance = process.env.NEO4J_TEST_URI ? it.skip : it;
  ownInstance(
    "the project's Neo4j itself refuses URL loading to anyone, the owner included (not only this command)",
    async () => {
      const owner = async (cypher: string) =>
        ctx.driver.executeQuery(cypher, { url: ctx.http.url }, { database: TEST_DATABASE }).then(
          () => undefined,
          (e: { code: string; message: string }) => e,
        );
      const csv = await owner("LOAD CSV FROM $url AS row RETURN row");
      expect(csv?.message).toMatch(
        /blocked via the configuration property internal\.dbms\.cypher_ip_blocklist/,
      );
      const file = await owner("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row");
      expect(file?.message).toMatch(/file URLs are disabled|allow_csv_import_from_file_urls/i);
      const apoc = await owner("CALL apoc.load.json($url)");
      expect(apoc?.code).toBe("Neo.ClientError.Procedure.ProcedureNotFound");
      expect(ctx.http.requests).toEqual([]);
    },
  );

  it("cuts the rows at the limit, and says so only when there were more", async () => {
    const ten = "UNWIND range(1, 10) AS i RETURN i ORDER BY i";
    const cut = await run(ctx.driver, ten, { limit: 3 });
    expect(cut.rows.map(([i]) => toNumber(i))).toEqual([1, 2, 3]);
    expect(cut.truncated).toBe(true);
    expect((await run(ctx.driver, ten, { limit: 10 })).truncated).toBe(false);
    expect((await run(ctx.driver, ten, { limit: 11 })).rows).toHaveLength(10);
  });

  it("stops a query that runs past its timeout", async () => {
    const started = Date.now();
    const error = await refusal(
      run(ctx.driver, "MATCH (a), (b), (c), (d) WHERE a.id < d.id RETURN count(*)", {
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
      ctx.driver,
      "MATCH (e:Event {stream: $stream}) WHERE e.position <= $asOf RETURN e.type AS type",
      { params },
    );
    expect(result.rows).toEqual([["IncidentReported"]]);
    const missing = await refusal(run(ctx.driver, "RETURN $nowhere"));
    expect(missing.kind).toBe("missing_parameter");
    expect(missing.message).toMatch(/nowhere.*--param/);
  });

  it("says why a query is not Cypher", async () => {
    const error = await refusal(run(ctx.driver, "MATCH (n) RETURN n LIMIT"));
    expect(error.kind).toBe("syntax");
    expect(error.neo4jCode).toBe("Neo.ClientError.Statement.SyntaxError");
  });
});
