import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import type { StartedServer } from "../../src/server/ApiServer";
import { accessServerForTests, register } from "../support/accessServer";
import { codeOf, postQuery } from "../support/rawRequests";
import { startTestServer } from "../support/testServer";
import { bearer, testAuthSettings, TEST_JWT } from "../../tools/support/testTokens";

describe("access: who may write, and from where, over WebSocket and with reads closed", () => {
  const { ctx, head, actorOf } = accessServerForTests();

  describe("over the WebSocket (graphql-ws)", () => {
    const clients: Client[] = [];
    const client = (connectionParams: Record<string, unknown> = {}, origin?: string) => {
      const created = createClient({
        url: ctx.server.wsUrl,
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
      const own = client({}, new URL(ctx.server.url).origin);
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
        settings: { auth: testAuthSettings({ apiKeysFile: ctx.keysFile, reads: "authenticated" }) },
      });
    });

    afterAll(async () => {
      await closed?.stop();
    });

    it("an anonymous read is refused with 401; a reader reads; a reader still cannot write", async () => {
      const anonymous = await postQuery(closed.url, "{ logPosition }");
      expect([anonymous.status, codeOf(anonymous)]).toEqual([401, "UNAUTHENTICATED"]);
      const reader = await postQuery(closed.url, "{ logPosition }", {
        authorization: await bearer("reader"),
      });
      expect(reader.status).toBe(200);
      const write = await postQuery(closed.url, register("closed-reader"), {
        authorization: await bearer("reader"),
      });
      expect(write.status).toBe(403);
    });
  });
});
