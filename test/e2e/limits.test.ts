import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { createClient } from "graphql-ws";
import type { Driver } from "neo4j-driver";
import WebSocket from "ws";
import { DEFAULT_LIMITS } from "../../src/config/serverSettings";
import { COMMAND_CAPS } from "../../src/domain/validate";
import { TRANSACTION_APP } from "../../src/graphql/RequestScope";
import type { StartedServer } from "../../src/server/ApiServer";
import { testDriver } from "../support/testDatabase";
import { startTestServer } from "../support/testServer";
import { bearer } from "../../tools/support/testTokens";

const ARTICLE = "iss-leaks-ap-2024-02-29";

interface Answer {
  status: number;
  millis: number;
  requestId: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

async function post(
  url: string,
  body: string | Buffer,
  headers: Record<string, string> = { "content-type": "application/json" },
  signal?: AbortSignal,
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers, body, signal: signal ?? null });
  const text = await response.text();
  return {
    status: response.status,
    millis: performance.now() - started,
    requestId: response.headers.get("request-id"),
    body: JSON.parse(text) as Answer["body"],
  };
}

/** As a writer: the commands' own checks are what these tests reach. */
const graphql = async (url: string, query: string, variables?: Record<string, unknown>) =>
  post(url, JSON.stringify({ query, variables }), {
    "content-type": "application/json",
    authorization: await bearer("writer"),
  });

/**
 * A `where` of people (or, from "citizens", of countries) nesting `hops` relationship filters:
 * Person.citizenOf -> Country.citizens -> Person.citizenOf ...
 */
function nestedFilter(hops: number, quantifier = "some", outer = "citizenOf"): string {
  const [first, second] =
    outer === "citizenOf" ? ["citizenOf", "citizens"] : ["citizens", "citizenOf"];
  let where = `{ id: { eq: "nobody" } }`;
  for (let i = hops - 1; i >= 0; i--)
    where = `{ ${i % 2 === 0 ? first : second}: { ${quantifier}: ${where} } }`;
  return where;
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

/** The transactions of this API in Neo4j, of one request or all. */
async function appTransactions(driver: Driver, requestId?: string | null) {
  const { records } = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, metaData, status
     WHERE metaData.app = $app AND ($requestId IS NULL OR metaData.requestId = $requestId)
     RETURN transactionId, metaData.requestId AS requestId, status`,
    { app: TRANSACTION_APP, requestId: requestId ?? null },
    { database: "neo4j" },
  );
  return records.map((r) => r.toObject());
}

/** How long after `since` the request's transactions were all gone (polled every 25 ms, up to 20 s). */
async function millisUntilGone(driver: Driver, requestId: string, since: number): Promise<number> {
  while (performance.now() - since < 20_000) {
    if ((await appTransactions(driver, requestId)).length === 0) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Infinity;
}

describe("limits: every request has a bounded cost", () => {
  let server: StartedServer;
  let driver: Driver;

  beforeAll(async () => {
    server = await startTestServer({ settings: { bodyLimit: "1mb" } });
    driver = testDriver();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.stop();
  });

  it("answers the IDE's examples, within every default limit", async () => {
    for (const example of [
      "01-crew-by-agency",
      "05-module-neighbourhood",
      "07-search-and-history",
    ]) {
      const query = readFileSync(`ide/examples/${example}.graphql`, "utf8");
      const answer = await graphql(server.url, query);
      expect({ example, status: answer.status, errors: answer.body.errors }).toEqual({
        example,
        status: 200,
        errors: undefined,
      });
    }
  });

  describe("refuses a request over a limit with 400 and the limit's code, before it runs", () => {
    const deepSelection = (levels: number) => {
      let selection = "id";
      for (let i = levels - 1; i >= 0; i--)
        selection = `${i % 2 === 0 ? "citizenOf" : "citizens"} { ${selection} }`;
      return `{ people { ${selection} } }`;
    };
    const cases: [string, () => string, string][] = [
      [
        "tokens",
        () => `{ logPosition ${"__typename ".repeat(DEFAULT_LIMITS.maxTokens)} }`,
        "QUERY_TOO_LARGE",
      ],
      ["selection depth", () => deepSelection(DEFAULT_LIMITS.maxDepth), "QUERY_TOO_DEEP"],
      [
        "aliases",
        () =>
          `{ ${Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: logPosition`).join(" ")} }`,
        "TOO_MANY_ALIASES",
      ],
      [
        "directives",
        () => `{ logPosition ${"@include(if: true) ".repeat(DEFAULT_LIMITS.maxDirectives + 1)} }`,
        "TOO_MANY_DIRECTIVES",
      ],
      [
        "cost (ten full pages of the log)",
        () =>
          `{ ${Array.from({ length: 10 }, (_, i) => `p${i}: eventLog(fromPosition: ${i * 1000 + 1}, first: 1000) { id data }`).join(" ")} }`,
        "QUERY_TOO_COMPLEX",
      ],
      [
        "cost (a thousand people, each with their statements and who said them)",
        () => `{ people(limit: 1000) { id statements { id text saidBy { __typename } } } }`,
        "QUERY_TOO_COMPLEX",
      ],
      [
        "filter depth: relationship filters of `all` within each other",
        () => `{ people(where: ${nestedFilter(3, "all")}) { id } }`,
        "FILTER_TOO_DEEP",
      ],
      [
        "input nesting: the depth-50 relationship filter",
        () => `{ people(where: ${nestedFilter(25)}) { id } }`,
        "INPUT_TOO_DEEP",
      ],
    ];
    it.each(cases)("%s", async (_name, query, code) => {
      const answer = await graphql(server.url, query());
      expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: 400, code });
      expect(answer.millis).toBeLessThan(2000);
      // Refused before it ran: it started nothing in Neo4j.
      expect(await appTransactions(driver, answer.requestId)).toEqual([]);
    });

    it("input nesting, through a variable", async () => {
      let where: Record<string, unknown> = { id: { eq: "nobody" } };
      for (let i = 0; i < 25; i++) where = { citizens: { some: { citizenOf: { some: where } } } };
      const answer = await graphql(
        server.url,
        "query Deep($where: CountryWhere) { countries(where: $where) { id } }",
        { where },
      );
      expect({ status: answer.status, code: codeOf(answer) }).toEqual({
        status: 400,
        code: "INPUT_TOO_DEEP",
      });
    });

    it("over graphql-ws too", async () => {
      const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, lazy: true });
      try {
        const refusal = await new Promise<unknown>((resolve) => {
          client.subscribe(
            {
              query: `subscription { events(fromPosition: 1) { a0: id ${Array.from({ length: DEFAULT_LIMITS.maxAliases }, (_, i) => `a${i + 1}: id`).join(" ")} } }`,
            },
            { next: () => {}, error: resolve, complete: () => resolve(undefined) },
          );
        });
        expect(refusal).toEqual([
          expect.objectContaining({
            extensions: expect.objectContaining({ code: "TOO_MANY_ALIASES" }),
          }),
        ]);
        const deep = await new Promise<unknown>((resolve) => {
          client.subscribe(
            { query: `{ people(where: ${nestedFilter(25)}) { id } }` },
            { next: () => {}, error: resolve, complete: () => resolve(undefined) },
          );
        });
        expect(deep).toEqual([
          expect.objectContaining({
            extensions: expect.objectContaining({ code: "INPUT_TOO_DEEP" }),
          }),
        ]);
      } finally {
        await client.dispose();
      }
    });
  });

  describe("caller mistakes answer a client error code, never INTERNAL_SERVER_ERROR", () => {
    // Each row has its four items: jest passes `done` in place of a missing last one.
    const mistakes: [string, string, string, string | undefined][] = [
      [
        "a path from a node to itself",
        `{ path(from: "iss", to: "iss") { nodes { node { id } } } }`,
        "",
        undefined,
      ],
      ["a negative limit", "{ people(limit: -1) { id } }", "BAD_USER_INPUT", "limit"],
      ["a negative offset", "{ people(offset: -1) { id } }", "BAD_USER_INPUT", "offset"],
      [
        "a negative first",
        "{ peopleConnection(first: -1) { edges { node { id } } } }",
        "BAD_USER_INPUT",
        "first",
      ],
      [
        "a negative nested limit",
        "{ stations { crew(limit: -1) { id } } }",
        "BAD_USER_INPUT",
        "limit",
      ],
      [
        "a negative nested offset",
        "{ stations { crew(offset: -2) { id } } }",
        "BAD_USER_INPUT",
        "offset",
      ],
      [
        "a negative nested first",
        "{ stations { crewConnection(first: -1) { edges { node { id } } } } }",
        "BAD_USER_INPUT",
        "first",
      ],
      ["a page over the cap", "{ people(limit: 100000) { id } }", "BAD_USER_INPUT", "limit"],
      ["eventLog's whole log", "{ eventLog(first: 2147483647) { id } }", "BAD_USER_INPUT", "first"],
      [
        "a negative search first",
        `{ search(phrase: "leak", first: -1) { score } }`,
        "BAD_USER_INPUT",
        "first",
      ],
      [
        "a full-text phrase that is no Lucene query (peopleByName)",
        `{ peopleByName(phrase: "AND") { edges { node { id } } } }`,
        "BAD_USER_INPUT",
        "phrase",
      ],
      [
        "another (peopleByName)",
        `{ peopleByName(phrase: "(") { totalCount } }`,
        "BAD_USER_INPUT",
        "phrase",
      ],
      [
        "another (incidentsByText)",
        `{ incidentsByText(phrase: "\\"") { edges { node { id } } } }`,
        "BAD_USER_INPUT",
        "phrase",
      ],
      [
        "a Lucene error in search (syntax: LUCENE)",
        `{ search(phrase: "AND", syntax: LUCENE) { score } }`,
        "BAD_USER_INPUT",
        "phrase",
      ],
      [
        "a search box's raw text is words, never syntax",
        `{ a: search(phrase: "\\"leak") { score } b: search(phrase: "station:") { score } c: search(phrase: "(") { score } d: search(phrase: "AND") { score } }`,
        "",
        undefined,
      ],
      [
        "a neighbourhood too deep (the query argument is the field)",
        `{ neighbourhood(id: "iss", depth: 4) { nodes { distance } } }`,
        "BAD_USER_INPUT",
        "depth",
      ],
      [
        "a negative position",
        `{ relations(asOfPosition: -5) { id } }`,
        "BAD_USER_INPUT",
        "asOfPosition",
      ],
      [
        "an unknown end of a path (null, as every read of one thing by an unknown id)",
        `{ path(from: "nobody", to: "iss") { nodes { distance } } }`,
        "",
        undefined,
      ],
      ["a subscription over HTTP", "subscription { events { id } }", "BAD_REQUEST", undefined],
    ];
    it.each(mistakes)("%s", async (_name, query, code, field) => {
      const answer = await graphql(server.url, query);
      expect(answer.status).toBeLessThan(500);
      if (!code) {
        expect(answer.body.errors).toBeUndefined();
        return;
      }
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code,
        ...(field ? { field } : {}),
      });
    });

    it("an unsupported charset or Content-Encoding: 415 UNSUPPORTED_MEDIA_TYPE", async () => {
      const body = JSON.stringify({ query: "{ logPosition }" });
      for (const headers of <Record<string, string>[]>[
        { "content-type": "application/json; charset=latin1" },
        { "content-type": "application/json", "content-encoding": "compress" },
      ]) {
        const answer = await post(server.url, body, headers);
        expect({ status: answer.status, code: codeOf(answer) }).toEqual({
          status: 415,
          code: "UNSUPPORTED_MEDIA_TYPE",
        });
      }
      const gzip = await post(server.url, gzipSync(body), {
        "content-type": "application/json",
        "content-encoding": "gzip",
      });
      expect(gzip.status).toBe(200);
    });

    it("automatic persisted queries: Apollo's codes, never INTERNAL_SERVER_ERROR", async () => {
      const query = "{ logPosition }";
      const sha256Hash = createHash("sha256").update(query).digest("hex");
      const zeros = "0".repeat(64);
      const apq = (body: Record<string, unknown>) =>
        post(server.url, JSON.stringify(body)).then((answer) => ({
          status: answer.status,
          code: codeOf(answer),
        }));
      const persisted = (version: unknown, hash: string) => ({
        extensions: { persistedQuery: { version, sha256Hash: hash } },
      });
      expect(await apq(persisted(1, zeros))).toEqual({
        status: 200,
        code: "PERSISTED_QUERY_NOT_FOUND",
      });
      expect(await apq({ query, ...persisted(1, zeros) })).toEqual({
        status: 400,
        code: "BAD_REQUEST",
      });
      for (const version of [2, "1", null])
        expect(await apq({ query, ...persisted(version, sha256Hash) })).toEqual({
          status: 400,
          code: "PERSISTED_QUERY_NOT_SUPPORTED",
        });
      // Registered with its hash, then asked by the hash alone.
      expect(await apq({ query, ...persisted(1, sha256Hash) })).toEqual({
        status: 200,
        code: undefined,
      });
      expect(await apq(persisted(1, sha256Hash))).toEqual({ status: 200, code: undefined });
    });
  });

  describe("commands carry bounded lists", () => {
    const registerEntity = `mutation ($input: RegisterEntityInput!, $commandId: ID) {
      registerEntity(input: $input, commandId: $commandId) { receipt { stream } } }`;
    const entity = (extra: Record<string, unknown>) => ({
      entityId: "limits-entity",
      kind: "Place",
      name: "Somewhere",
      source: { articleId: ARTICLE, quote: "Moscow" },
      ...extra,
    });

    it("refuses too many aliases, too long a quote, too long a command id", async () => {
      const aliases = await graphql(server.url, registerEntity, {
        input: entity({ aliases: Array.from({ length: 10_000 }, (_, i) => `alias ${i}`) }),
      });
      expect(aliases.body.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.aliases",
      });
      const quote = await graphql(server.url, registerEntity, {
        input: entity({ source: { articleId: ARTICLE, quote: "x".repeat(3000) } }),
      });
      expect(quote.body.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.source.quote",
      });
      const commandId = await graphql(server.url, registerEntity, {
        input: entity({}),
        commandId: "c".repeat(200_000),
      });
      expect(commandId.body.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "commandId",
      });
    });

    it("refuses an ingestion of more facts than one group commit writes", async () => {
      const facts = Array.from({ length: COMMAND_CAPS.factsPerIngestion + 1 }, (_, i) => ({
        factId: `f${i}`,
        corroborateFact: { factId: "entity-nasa", source: { articleId: "limits-a", quote: "A" } },
      }));
      const answer = await graphql(
        server.url,
        `
          mutation ($input: IngestArticleInput!) {
            ingestArticle(input: $input) {
              appendedEvents
            }
          }
        `,
        {
          input: {
            article: {
              articleId: "limits-a",
              title: "A",
              publisher: "P",
              publishedOn: "2024-03-01",
              text: "A.",
            },
            facts,
          },
        },
      );
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.facts",
      });
    });
  });
});

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
