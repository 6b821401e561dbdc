import type { Driver } from "neo4j-driver";
import { DEFAULT_GRACE_MS, runReadOnlyCypher } from "../../src/analyst/readOnlyCypher";
import { ingestArticle } from "../../src/commands/ingestArticle";
import { loadSeedArticles } from "../../src/seed/seedFolder";
import { refusal } from "../support/analystCypher";
import { runTsxScript } from "../support/runCli";
import { freshServices, TEST_DATABASE } from "../support/testServices";

/** The analysts' transactions Neo4j still runs (npm run cypher tags them with its name). */
async function analystTransactions(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD metaData, status
     WHERE metaData.app = "iss-knowledge-graph cypher" RETURN status`,
    {},
    { database: TEST_DATABASE },
  );
  return records.map((record) => String(record.get("status")));
}

/** Polls until no analyst's transaction runs; how long that took (ms), or -1 after `withinMs`. */
async function untilNoneRun(driver: Driver, withinMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if ((await analystTransactions(driver)).length === 0) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return -1;
}

/**
 * An analyst's query ends with its timeout: Neo4j stops what it can stop (between rows, at reads
 * of the graph), and what it could not (an expression looping over a huge range) is refused
 * before it runs; the command answers within its timeout and a grace period, saying which.
 */
describe("an analyst's query ends when it times out", () => {
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

  it("npm run cypher refuses the query that ran twelve minutes past its timeout, at once, and nothing runs", async () => {
    const started = performance.now();
    const answer = await runTsxScript(
      "src/cli/cypher.ts",
      ["--timeout", "20s", "RETURN reduce(s = '', x IN range(1, 10000000) | s + 'a') AS big"],
      { env: { NEO4J_DATABASE: TEST_DATABASE } },
    );
    const seconds = (performance.now() - started) / 1000;
    expect(answer.code).toBe(1);
    expect(answer.stderr).toMatch(
      /^error not_allowed: refused: range\(1, 10000000\) makes 10,000,000 numbers, and range\(\) may make at most 100,000 here/m,
    );
    expect(answer.stderr).toMatch(/nothing of the query was run/);
    // Within the timeout and its grace, though it needs no more than the command's start.
    expect(seconds).toBeLessThan(20 + DEFAULT_GRACE_MS / 1000);
    expect(await analystTransactions(driver)).toEqual([]);
  });

  it("stops a query Neo4j can stop within its timeout and the grace, and Neo4j runs it no more", async () => {
    const started = performance.now();
    const error = await refusal(
      runReadOnlyCypher(driver, TEST_DATABASE, {
        cypher: "MATCH (a), (b), (c), (d) WHERE a.id < d.id RETURN count(*)",
        limit: 10,
        timeoutMs: 1_000,
      }),
    );
    const millis = performance.now() - started;
    expect(error.kind).toBe("timeout");
    expect(millis).toBeLessThan(1_000 + DEFAULT_GRACE_MS + 2_000);
    const gone = await untilNoneRun(driver, 5_000);
    process.stdout.write(
      `analyst timeout: answered ${Math.round(millis)} ms after it began (timeout 1000 ms); Neo4j ran it ${Math.round(gone)} ms more\n`,
    );
    expect(gone).toBeGreaterThanOrEqual(0);
  });
});
