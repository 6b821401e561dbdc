import { readFileSync } from "node:fs";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { DEFAULT_LIMITS } from "../../src/config/serverSettings";
import { COMMAND_CAPS } from "../../src/domain/validate";

const ARTICLE = "iss-leaks-ap-2024-02-29";

import { appTransactions, codeOf, graphql, nestedFilter } from "../support/rawRequests";
import { limitsServerForTests } from "../support/rawRequests";

describe("limits: every request has a bounded cost", () => {
  const ctx = limitsServerForTests();

  it("answers the IDE's examples, within every default limit", async () => {
    for (const example of [
      "01-crew-by-agency",
      "05-module-neighbourhood",
      "07-search-and-history",
    ]) {
      const query = readFileSync(`ide/examples/${example}.graphql`, "utf8");
      const answer = await graphql(ctx.server.url, query);
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
      const answer = await graphql(ctx.server.url, query());
      expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: 400, code });
      expect(answer.millis).toBeLessThan(2000);
      // Refused before it ran: it started nothing in Neo4j.
      expect(await appTransactions(ctx.driver, answer.requestId)).toEqual([]);
    });

    it("input nesting, through a variable", async () => {
      let where: Record<string, unknown> = { id: { eq: "nobody" } };
      for (let i = 0; i < 25; i++) where = { citizens: { some: { citizenOf: { some: where } } } };
      const answer = await graphql(
        ctx.server.url,
        "query Deep($where: CountryWhere) { countries(where: $where) { id } }",
        { where },
      );
      expect({ status: answer.status, code: codeOf(answer) }).toEqual({
        status: 400,
        code: "INPUT_TOO_DEEP",
      });
    });

    it("over graphql-ws too", async () => {
      const client = createClient({ url: ctx.server.wsUrl, webSocketImpl: WebSocket, lazy: true });
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
      const aliases = await graphql(ctx.server.url, registerEntity, {
        input: entity({ aliases: Array.from({ length: 10_000 }, (_, i) => `alias ${i}`) }),
      });
      expect(aliases.body.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.aliases",
      });
      const quote = await graphql(ctx.server.url, registerEntity, {
        input: entity({ source: { articleId: ARTICLE, quote: "x".repeat(3000) } }),
      });
      expect(quote.body.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.source.quote",
      });
      const commandId = await graphql(ctx.server.url, registerEntity, {
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
        ctx.server.url,
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
