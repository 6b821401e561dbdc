import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { codeOf, graphql, post } from "../support/rawRequests";
import { limitsServerForTests } from "../support/rawRequests";

describe("limits: a caller's mistakes", () => {
  const ctx = limitsServerForTests();

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
      const answer = await graphql(ctx.server.url, query);
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
        const answer = await post(ctx.server.url, body, headers);
        expect({ status: answer.status, code: codeOf(answer) }).toEqual({
          status: 415,
          code: "UNSUPPORTED_MEDIA_TYPE",
        });
      }
      const gzip = await post(ctx.server.url, gzipSync(body), {
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
        post(ctx.server.url, JSON.stringify(body)).then((answer) => ({
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
});
