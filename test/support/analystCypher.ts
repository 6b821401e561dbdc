import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Driver } from "neo4j-driver";
import { CypherQueryError, runReadOnlyCypher } from "../../src/analyst/readOnlyCypher";
import { toNumber } from "../../src/neo4j/neo4jValues";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { ingestArticle } from "../../src/commands/ingestArticle";
import { loadSeedArticles } from "../../src/seed/seedFolder";
import { rejectionOf } from "./rejectionOf";
import { freshServices, logCounts, TEST_DATABASE } from "./testServices";

/* What the tests of analysts' read-only Cypher share. */

/** An analyst's query on the test database, with the CLI's defaults but for what options say. */
export const run = (
  driver: Driver,
  cypher: string,
  options: Partial<{ limit: number; timeoutMs: number; params: Record<string, unknown> }> = {},
) =>
  runReadOnlyCypher(driver, TEST_DATABASE, { cypher, limit: 1000, timeoutMs: 30_000, ...options });

/** Everything a write could change: the projection, the log, all nodes and the schema. */
export async function snapshot(driver: Driver) {
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
export function refusal(promise: Promise<unknown>): Promise<CypherQueryError> {
  return rejectionOf(promise, CypherQueryError);
}

/** An HTTP server on this machine that records every request it receives. */
export async function listeningServer(): Promise<{
  server: Server;
  url: string;
  requests: string[];
}> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.setHeader("content-type", "application/json");
    response.end('{"data": {"intruder": true}}\n');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/graphql`, requests };
}

/**
 * The seeded test database of the describe that calls it, and an HTTP server on this machine
 * that records what reaches it (a query must never reach it): both set up before its tests.
 */
export function seededForAnalysts() {
  const ctx = {
    driver: undefined as unknown as Driver,
    http: undefined as unknown as Awaited<ReturnType<typeof listeningServer>>,
  };
  beforeAll(async () => {
    ctx.http = await listeningServer();
    const services = await freshServices();
    ctx.driver = services.driver;
    for (const bundle of loadSeedArticles())
      await ingestArticle(services.handler, bundle.article, bundle.facts, { actor: "seed" });
  });
  afterAll(async () => {
    await ctx.driver?.close();
    await new Promise((resolve) => ctx.http?.server.close(resolve));
  });
  return ctx;
}
