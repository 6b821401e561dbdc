import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { ApiKeyStore } from "../../src/auth/ApiKeyStore";
import type { StartedServer } from "../../src/server/ApiServer";
import { startTestServer } from "../support/testServer";
import { bearer, testAuthSettings, testToken, TEST_JWT } from "../../tools/support/testTokens";

const ARTICLE = "iss-leaks-ap-2024-02-29";
const register = (id: string) =>
  `mutation { registerEntity(input: { entityId: "${id}", kind: Place, name: "Place ${id}", source: { articleId: "${ARTICLE}", quote: "Moscow" } }) { receipt { stream positions } } }`;

interface Answer {
  status: number;
  wwwAuthenticate: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions: { code: string } }[];
  };
}

async function post(
  url: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    wwwAuthenticate: response.headers.get("www-authenticate"),
    body: (await response.json()) as Answer["body"],
  };
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions.code;

describe("access: who may write, and from where", () => {
  let server: StartedServer;
  let keysFile: string;
  const head = async () => server.services.store.head();
  const actorOf = async (stream: string) =>
    (await server.services.store.readStreams([stream])).get(stream)?.[0]?.metadata.actor;

  beforeAll(async () => {
    keysFile = path.join(mkdtempSync(path.join(os.tmpdir(), "iss-access-")), "keys.json");
    server = await startTestServer({
      settings: { auth: testAuthSettings({ apiKeysFile: keysFile }) },
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  describe("over HTTP", () => {
    it("reads are open to the anonymous by default", async () => {
      const answer = await post(server.url, "{ logPosition }");
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ logPosition: await head() });
    });

    it("an anonymous write is refused with 401 UNAUTHENTICATED, and the log is unchanged", async () => {
      const before = await head();
      const answer = await post(server.url, register("anonymous-write"));
      expect(answer.status).toBe(401);
      expect(codeOf(answer)).toBe("UNAUTHENTICATED");
      expect(answer.wwwAuthenticate).toMatch(/^Bearer /);
      expect(answer.body.errors![0]!.message).toContain("npm run keys");
      expect(answer.body.data ?? null).toBeNull();
      expect(await head()).toBe(before);
    });

    it("a reader's write is refused with 403 FORBIDDEN", async () => {
      const before = await head();
      const answer = await post(server.url, register("reader-write"), {
        authorization: await bearer("reader", "rita"),
      });
      expect(answer.status).toBe(403);
      expect(codeOf(answer)).toBe("FORBIDDEN");
      expect(answer.body.errors![0]!.message).toBe(
        `writing needs the writer role; jwt:${TEST_JWT.issuer}|rita has the reader role`,
      );
      expect(answer.wwwAuthenticate).toContain('error="insufficient_scope"');
      expect(await head()).toBe(before);
    });

    it("a token with no role of ours may read but not write", async () => {
      const token = `Bearer ${await testToken(undefined, { subject: "nobody" })}`;
      expect((await post(server.url, "{ logPosition }", { authorization: token })).status).toBe(
        200,
      );
      const answer = await post(server.url, register("no-role-write"), { authorization: token });
      expect([answer.status, codeOf(answer)]).toEqual([403, "FORBIDDEN"]);
    });

    it.each(["writer", "admin"] as const)(
      "a %s writes, and the events' actor is its subject, namespaced by its issuer",
      async (role) => {
        const answer = await post(server.url, register(`${role}-write`), {
          authorization: await bearer(role, `${role}@example.org`),
        });
        expect(answer.status).toBe(200);
        expect(answer.body.errors).toBeUndefined();
        expect(await actorOf(`entity-${role}-write`)).toBe(
          `jwt:${TEST_JWT.issuer}|${role}@example.org`,
        );
      },
    );

    it("a credential that does not verify is refused, even for a read, never read as anonymous", async () => {
      for (const authorization of [
        `Bearer ${await testToken("writer", { expiresIn: "-1m" })}`,
        `Bearer ${await testToken("writer", {}, "another-secret-of-32-characters-or-more")}`,
        "Bearer not-a-token",
        "Basic dXNlcjpwYXNz",
      ]) {
        const answer = await post(server.url, "{ logPosition }", { authorization });
        expect([answer.status, codeOf(answer)]).toEqual([401, "UNAUTHENTICATED"]);
        expect(answer.body.data).toBeUndefined();
      }
    });

    it("an API key made by npm run keys writes as apikey:<id>, an id no part of the key; revoked, it is refused", async () => {
      const store = new ApiKeyStore(keysFile);
      const { token, key } = await store.create({ name: "e2e", role: "writer" });
      const answer = await post(server.url, register("key-write"), {
        authorization: `Bearer ${token}`,
      });
      expect(answer.body.errors).toBeUndefined();
      expect(await actorOf("entity-key-write")).toBe(`apikey:${key.id}`);
      // What anyone reads in the log gives nothing of what the key needs.
      expect(token).not.toContain(key.id);
      await store.revoke(key.id);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const refused = await post(server.url, register("key-write-2"), {
        authorization: `Bearer ${token}`,
      });
      expect([refused.status, codeOf(refused)]).toEqual([401, "UNAUTHENTICATED"]);
    });

    it("viewer says who the request is authenticated as", async () => {
      const query = "{ viewer { subject role authenticatedBy } }";
      expect((await post(server.url, query)).body.data).toEqual({
        viewer: { subject: "anonymous", role: null, authenticatedBy: "anonymous" },
      });
      const admin = await post(server.url, query, { authorization: await bearer("admin", "ada") });
      expect(admin.body.data).toEqual({
        viewer: { subject: `jwt:${TEST_JWT.issuer}|ada`, role: "ADMIN", authenticatedBy: "jwt" },
      });
    });

    it("only an admin manages API keys: the key it creates writes, and revoked stops", async () => {
      const create =
        'mutation { createApiKey(name: "frontend team", role: WRITER) { token key { id name role } } }';
      for (const [role, status, code] of [
        [undefined, 401, "UNAUTHENTICATED"],
        ["reader", 403, "FORBIDDEN"],
        ["writer", 403, "FORBIDDEN"],
      ] as const) {
        const headers: Record<string, string> = role ? { authorization: await bearer(role) } : {};
        const refused = await post(server.url, create, headers);
        expect([refused.status, codeOf(refused)]).toEqual([status, code]);
        const list = await post(server.url, "{ apiKeys { id } }", headers);
        expect([list.status, codeOf(list)]).toEqual([status, code]);
      }
      const admin = { authorization: await bearer("admin", "ada") };
      const created = await post(server.url, create, admin);
      const { token, key } = (
        created.body.data as { createApiKey: { token: string; key: { id: string } } }
      ).createApiKey;
      expect(created.body.data).toMatchObject({
        createApiKey: { key: { name: "frontend team", role: "WRITER" } },
      });
      const listed = await post(server.url, "{ apiKeys { id name role } }", admin);
      expect(
        (listed.body.data as { apiKeys: { id: string }[] }).apiKeys.map((k) => k.id),
      ).toContain(key.id);
      const write = await post(server.url, register("admin-made-key"), {
        authorization: `Bearer ${token}`,
      });
      expect(write.body.errors).toBeUndefined();
      const revoked = await post(server.url, `mutation { revokeApiKey(id: "${key.id}") }`, admin);
      expect(revoked.body.data).toEqual({ revokeApiKey: true });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const after = await post(server.url, "{ logPosition }", { authorization: `Bearer ${token}` });
      expect(after.status).toBe(401);
    });

    it("a request naming a host the server does not serve (DNS rebinding) is refused", async () => {
      const { request } = await import("node:http");
      const url = new URL(server.url);
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            path: "/graphql",
            method: "POST",
            headers: {
              host: `rebind.attacker.example:${url.port}`,
              "content-type": "application/json",
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode!);
          },
        );
        req.on("error", reject);
        req.end(JSON.stringify({ query: "{ logPosition }" }));
      });
      expect(status).toBe(403);
    });
  });

  describe("over the WebSocket (graphql-ws)", () => {
    const clients: Client[] = [];
    const client = (connectionParams: Record<string, unknown> = {}, origin?: string) => {
      const created = createClient({
        url: server.wsUrl,
        lazy: true,
        retryAttempts: 0,
        connectionParams,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, origin ? { origin } : {});
          }
        },
      });
      clients.push(created);
      return created;
    };
    const run = (ws: Client, query: string) =>
      new Promise<{
        data?: unknown;
        errors?: readonly { message: string; extensions?: unknown }[];
      }>((resolve, reject) => {
        let result: { data?: unknown } = {};
        ws.subscribe(
          { query },
          {
            next: (value) => (result = value as typeof result),
            error: (error) =>
              Array.isArray(error) ? resolve({ errors: error }) : reject(error as Error),
            complete: () => resolve(result),
          },
        );
      });

    afterAll(async () => {
      await Promise.all(clients.map((ws) => ws.dispose()));
    });

    it("an anonymous mutation is refused, and the log is unchanged", async () => {
      const before = await head();
      const answer = await run(client(), register("ws-anonymous"));
      expect(answer.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
      expect(await head()).toBe(before);
    });

    it("a reader's mutation is refused as FORBIDDEN; a writer's runs as its subject", async () => {
      const reader = await run(
        client({ authorization: await bearer("reader") }),
        register("ws-reader"),
      );
      expect(reader.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
      const writer = await run(
        client({ Authorization: await bearer("writer", "ws-writer") }),
        register("ws-writer"),
      );
      expect(writer).toMatchObject({
        data: { registerEntity: { receipt: { stream: "entity-ws-writer" } } },
      });
      expect(await actorOf("entity-ws-writer")).toBe(`jwt:${TEST_JWT.issuer}|ws-writer`);
    });

    it("credentials that do not verify close the connection (4403)", async () => {
      const closed = new Promise<number>((resolve) => {
        const ws = client({ authorization: "Bearer forged" });
        ws.on("closed", (event) => resolve((event as { code: number }).code));
        void run(ws, "{ logPosition }").catch(() => undefined);
      });
      expect(await closed).toBe(4403);
    });

    it("a page of another origin cannot open it; the server's own page can", async () => {
      const foreign = client({ authorization: await bearer("writer") }, "https://evil.example");
      await expect(run(foreign, "{ logPosition }")).rejects.toBeDefined();
      const own = client({}, new URL(server.url).origin);
      await expect(run(own, "{ logPosition }")).resolves.toMatchObject({
        data: { logPosition: await head() },
      });
    });
  });

  describe("with AUTH_READS=authenticated", () => {
    let closed: StartedServer;

    beforeAll(async () => {
      closed = await startTestServer({
        empty: false,
        settings: { auth: testAuthSettings({ apiKeysFile: keysFile, reads: "authenticated" }) },
      });
    });

    afterAll(async () => {
      await closed?.stop();
    });

    it("an anonymous read is refused with 401; a reader reads; a reader still cannot write", async () => {
      const anonymous = await post(closed.url, "{ logPosition }");
      expect([anonymous.status, codeOf(anonymous)]).toEqual([401, "UNAUTHENTICATED"]);
      const reader = await post(closed.url, "{ logPosition }", {
        authorization: await bearer("reader"),
      });
      expect(reader.status).toBe(200);
      const write = await post(closed.url, register("closed-reader"), {
        authorization: await bearer("reader"),
      });
      expect(write.status).toBe(403);
    });
  });
});
