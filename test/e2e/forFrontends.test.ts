import { readFileSync } from "node:fs";
import { buildSchema as buildSdl, isAbstractType } from "graphql";
import explorerPossibleTypes from "../../ide/explore/generated/possibleTypes";
import { printedSchemaPath } from "../../src/graphql/sdlFingerprint";
import { ENTITY_KINDS } from "../../src/vocabulary/entityKinds";
import { send, PREFLIGHT_FROM } from "../support/rawRequests";
import { serverForTests } from "../support/testServer";

describe("what a frontend needs from the API", () => {
  const api = serverForTests();

  describe("GET /schema.graphql and GET /possible-types.json", () => {
    it("serves the executable schema's SDL: the very file npm run codegen commits", async () => {
      const answer = await send(`${api.origin}/schema.graphql`, {});
      expect(answer.status).toBe(200);
      expect(answer.header("content-type")).toBe("text/plain; charset=utf-8");
      expect(answer.header("cache-control")).toBe("no-cache");
      expect(answer.text).toBe(readFileSync(printedSchemaPath(), "utf8"));
      // It parses, and it is the schema Apollo serves: the same types, fields and arguments.
      expect(buildSdl(answer.text).getQueryType()?.getFields().peopleConnection).toBeDefined();
      expect(Object.keys(buildSdl(answer.text).getTypeMap()).sort()).toEqual(
        Object.keys(api.server.schema.getTypeMap()).sort(),
      );
    });

    it("revalidates with its ETag: 304 when unchanged", async () => {
      const first = await send(`${api.origin}/schema.graphql`, {});
      const etag = first.header("etag")!;
      expect(etag).toMatch(/^"[\w-]{43}"$/);
      const again = await send(`${api.origin}/schema.graphql`, {
        headers: { "if-none-match": etag },
      });
      expect(again.status).toBe(304);
      expect(again.text).toBe("");
    });

    it("lists every interface and union with its object types", async () => {
      const answer = await send(`${api.origin}/possible-types.json`, {});
      expect(answer.status).toBe(200);
      expect(answer.header("content-type")).toBe("application/json; charset=utf-8");
      const possibleTypes = JSON.parse(answer.text) as Record<string, string[]>;
      const abstract = Object.values(api.server.schema.getTypeMap()).filter(
        (type) => isAbstractType(type) && !type.name.startsWith("__"),
      );
      expect(Object.keys(possibleTypes).sort()).toEqual(abstract.map((type) => type.name).sort());
      // The same lists as codegen's, computed apart from the server's: the explorer's Apollo cache
      // (ide/explore/generated/possibleTypes.ts) and a frontend that fetches this file agree.
      expect(possibleTypes).toEqual(explorerPossibleTypes.possibleTypes);
      expect(possibleTypes.Entity).toEqual([...ENTITY_KINDS].sort());
      expect(possibleTypes.Actor).toEqual(["Agency", "Country", "Organization", "Person"]);
    });

    it("obeys the Host check", async () => {
      const answer = await send(`${api.origin}/schema.graphql`, {
        headers: { host: "attacker.example" },
      });
      expect(answer.status).toBe(403);
    });
  });

  describe("CORS for a dev server on this machine (not in production)", () => {
    it("answers the preflight of http://localhost:5173 with 204 and the headers it asks for", async () => {
      const answer = await send(api.server.url, {
        method: "OPTIONS",
        headers: PREFLIGHT_FROM("http://localhost:5173"),
      });
      expect(answer.status).toBe(204);
      expect(answer.header("access-control-allow-origin")).toBe("http://localhost:5173");
      expect(answer.header("access-control-allow-methods")).toBe("GET,POST,OPTIONS");
      expect(answer.header("access-control-allow-headers")?.split(",")).toEqual(
        expect.arrayContaining([
          "content-type",
          "authorization",
          "apollo-require-preflight",
          "x-apollo-operation-name",
        ]),
      );
      expect(answer.header("vary")).toContain("Origin");
    });

    it("admits the page's requests, and lets it read the request's id", async () => {
      for (const origin of ["http://127.0.0.1:3000", "http://[::1]:8080"]) {
        const answer = await send(api.server.url, {
          method: "POST",
          headers: { origin, "content-type": "application/json" },
          body: JSON.stringify({ query: "{ logPosition }" }),
        });
        expect(answer.status).toBe(200);
        expect(answer.header("access-control-allow-origin")).toBe(origin);
        expect(answer.header("access-control-expose-headers")?.toLowerCase()).toContain(
          "request-id",
        );
      }
      const schema = await send(`${api.origin}/possible-types.json`, {
        headers: { origin: "http://localhost:5173" },
      });
      expect(schema.header("access-control-allow-origin")).toBe("http://localhost:5173");
    });

    it("gives any other origin no CORS header", async () => {
      const preflight = await send(api.server.url, {
        method: "OPTIONS",
        headers: PREFLIGHT_FROM("http://evil.example"),
      });
      expect(preflight.status).toBe(204);
      expect(preflight.header("access-control-allow-origin")).toBeUndefined();
      expect(preflight.header("access-control-allow-headers")).toBeUndefined();
      const post = await send(api.server.url, {
        method: "POST",
        headers: { origin: "http://evil.example", "content-type": "application/json" },
        body: JSON.stringify({ query: "{ logPosition }" }),
      });
      expect(post.header("access-control-allow-origin")).toBeUndefined();
    });
  });

  describe("urql's GET queries", () => {
    const get = `${"/graphql"}?query=${encodeURIComponent("{ logPosition }")}`;

    it("are refused by CSRF prevention without a preflight header, as urql sends them by default", async () => {
      const answer = await send(`${api.origin}${get}`, {
        headers: { accept: "application/graphql-response+json, application/json" },
      });
      expect(answer.status).toBe(400);
      expect(answer.text).toContain("CSRF");
    });

    it("are answered with apollo-require-preflight (the frontends guide's urql set-up sends POST instead)", async () => {
      const answer = await send(`${api.origin}${get}`, {
        headers: { accept: "application/json", "apollo-require-preflight": "true" },
      });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text)).toMatchObject({ data: { logPosition: expect.any(Number) } });
      // The graph changes with every command: no browser or proxy may keep an answer.
      expect(answer.header("cache-control")).toBe("no-store");
    });
  });
});
