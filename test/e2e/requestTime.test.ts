import type { Driver } from "neo4j-driver";
import { DEFAULT_LIMITS } from "../../src/config/serverSettings";
import type { StartedServer } from "../../src/server/ApiServer";
import { testDriver } from "../support/testDatabase";
import { startTestServer } from "../support/testServer";
import {
  appTransactions,
  codeOf,
  graphql,
  millisUntilGone,
  nestedFilter,
} from "../support/rawRequests";

describe("the request's time: no transaction outlives its request", () => {
  let server: StartedServer;
  let driver: Driver;
  // Three nested `single` filters take Neo4j seconds (8 s measured): past the default filter
  // depth (4: `single` counts two), so this server allows them, and gives a request one second.
  const slowQuery = `{ countries(where: ${nestedFilter(3, "single", "citizens")}) { id } }`;

  beforeAll(async () => {
    server = await startTestServer({
      settings: {
        limits: {
          ...DEFAULT_LIMITS,
          requestTimeoutMs: 1000,
          maxInputDepth: 12,
          maxFilterDepth: 10,
        },
      },
    });
    driver = testDriver();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.stop();
  });

  it("answers REQUEST_TIMEOUT (400) when its time runs out, and its Cypher ends with it", async () => {
    const seen: unknown[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        seen.push(...(await appTransactions(driver)));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const answer = await graphql(server.url, slowQuery);
    const answered = performance.now();
    polling = false;
    await poll;
    expect({ status: answer.status, code: codeOf(answer) }).toEqual({
      status: 400,
      code: "REQUEST_TIMEOUT",
    });
    expect(answer.millis).toBeLessThan(3000);
    // Tagged while it ran, with the request's id (the answer's Request-Id header).
    expect(seen).toContainEqual(expect.objectContaining({ requestId: answer.requestId }));
    const outlived = await millisUntilGone(driver, answer.requestId!, answered);
    console.log(
      `limits: a timed-out request's transaction ended ${Math.round(outlived)} ms after its answer`,
    );
    expect(outlived).toBeLessThan(2000);
  });

  it("ends the request's Cypher when its client goes away", async () => {
    const abort = new AbortController();
    const started = fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: slowQuery }),
      signal: abort.signal,
    }).catch(() => undefined);
    let requestId: unknown;
    const waited = performance.now();
    while (!requestId && performance.now() - waited < 5000) {
      requestId = (await appTransactions(driver))[0]?.requestId;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(requestId).toEqual(expect.any(String));
    abort.abort();
    const left = performance.now();
    await started;
    const outlived = await millisUntilGone(driver, requestId as string, left);
    console.log(
      `limits: a request's transaction ended ${Math.round(outlived)} ms after its client left`,
    );
    expect(outlived).toBeLessThan(2000);
  });
});
