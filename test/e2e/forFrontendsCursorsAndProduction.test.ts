import type { StartedServer } from "../../src/server/ApiServer";
import { cursorOfOffset } from "../../src/graphql/connectionCursor";
import { send, PREFLIGHT_FROM } from "../support/rawRequests";
import { serverForTests, startTestServer } from "../support/testServer";
import { bearer, testAuthSettings } from "../../tools/support/testTokens";

describe("what a frontend needs from the API: cursors, and production", () => {
  const api = serverForTests();

  describe("a cursor the API did not issue", () => {
    const post = async (query: string, variables: Record<string, unknown> = {}) => {
      const answer = await send(api.server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: answer.status,
        body: JSON.parse(answer.text) as {
          data?: unknown;
          errors?: { message: string; extensions: Record<string, unknown> }[];
        },
      };
    };

    it("is BAD_USER_INPUT naming the argument, not a silent first page", async () => {
      const answer = await post(
        `{ peopleConnection(first: 2, after: "garbage") { edges { node { id } } } }`,
      );
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors).toEqual([
        {
          message: expect.stringContaining("after of Query.peopleConnection is not a cursor"),
          extensions: { code: "BAD_USER_INPUT", reason: "validation", field: "after" },
        },
      ]);
    });

    it("is refused on a nested connection and through a variable too", async () => {
      const answer = await post(
        `query ($after: String) { agencies(where: { id: { eq: "nasa" } }) {
           membersConnection(first: 1, after: $after) { edges { node { id } } } } }`,
        { after: "bm90IGEgY3Vyc29y" },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "after",
      });
    });

    it("while the cursors the API issues page on", async () => {
      const query = `query ($after: String) { peopleConnection(first: 2, after: $after, sort: [{ id: ASC }]) {
          edges { cursor node { id } } pageInfo { endCursor hasNextPage } } }`;
      type Page = {
        peopleConnection: {
          edges: { cursor: string; node: { id: string } }[];
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      };
      const first = (await post(query)).body.data as Page;
      expect(first.peopleConnection.pageInfo.endCursor).toBe(cursorOfOffset(1));
      const second = (await post(query, { after: first.peopleConnection.pageInfo.endCursor })).body
        .data as Page;
      expect(second.peopleConnection.edges[0]!.cursor).toBe(cursorOfOffset(2));
      expect(second.peopleConnection.edges[0]!.node.id).not.toBe(
        first.peopleConnection.edges[0]!.node.id,
      );
    });
  });

  describe("in production, with reads authenticated and introspection off", () => {
    let production: StartedServer;
    let productionBase: string;

    beforeAll(async () => {
      production = await startTestServer({
        empty: false,
        settings: {
          corsLoopbackOrigins: false,
          corsOrigins: ["https://kg.example.org"],
          introspection: false,
          auth: testAuthSettings({ reads: "authenticated" }),
        },
      });
      productionBase = new URL(production.url).origin;
    });

    afterAll(async () => {
      await production?.stop();
    });

    it("admits no loopback dev server, only CORS_ORIGINS", async () => {
      const local = await send(production.url, {
        method: "OPTIONS",
        headers: PREFLIGHT_FROM("http://localhost:5173"),
      });
      expect(local.header("access-control-allow-origin")).toBeUndefined();
      const configured = await send(production.url, {
        method: "OPTIONS",
        headers: PREFLIGHT_FROM("https://kg.example.org"),
      });
      expect(configured.status).toBe(204);
      expect(configured.header("access-control-allow-origin")).toBe("https://kg.example.org");
    });

    it("does not publish the SDL (introspection is off)", async () => {
      const answer = await send(`${productionBase}/schema.graphql`, {
        headers: { authorization: await bearer("reader") },
      });
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.text)).toMatchObject({
        errors: [{ extensions: { code: "NOT_FOUND" } }],
      });
    });

    it("serves the possible types to readers only, as it does reads", async () => {
      const anonymous = await send(`${productionBase}/possible-types.json`, {});
      expect(anonymous.status).toBe(401);
      expect(anonymous.header("www-authenticate")).toContain("Bearer");
      expect(JSON.parse(anonymous.text)).toMatchObject({
        errors: [{ extensions: { code: "UNAUTHENTICATED" } }],
      });
      const reader = await send(`${productionBase}/possible-types.json`, {
        headers: { authorization: await bearer("reader") },
      });
      expect(reader.status).toBe(200);
      expect(reader.header("cache-control")).toBe("private, no-cache");
      expect(reader.header("vary")).toContain("Authorization");
      expect(JSON.parse(reader.text)).toHaveProperty("Entity");
    });
  });
});
