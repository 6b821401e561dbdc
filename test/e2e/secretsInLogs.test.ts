import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { ApiKeyStore } from "../../src/auth/ApiKeyStore";
import { buildServer, startServerProcess } from "../support/serverProcess";
import { testToken } from "../../tools/support/testTokens";

/** Runs one operation over graphql-ws with these connection_init params; resolves whatever happens. */
async function overWebSocket(url: string, authorization: string, query: string): Promise<unknown> {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization },
  });
  try {
    return await new Promise((resolve) => {
      let result: unknown;
      client.subscribe(
        { query },
        {
          next: (value) => (result = value),
          error: (error) => resolve(error),
          complete: () => resolve(result),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

/**
 * Everything the server process writes (stdout and stderr, at level trace), while clients send an
 * API key and JWTs over HTTP and graphql-ws, valid and not: no credential appears in it.
 */
describe("secrets in the server's output", () => {
  it("no key, JWT or authorization header is written at any level", async () => {
    buildServer();
    const keysFile = path.join(mkdtempSync(path.join(os.tmpdir(), "iss-secrets-")), "keys.json");
    const { token: key } = await new ApiKeyStore(keysFile).create({
      name: "logs",
      role: "writer",
    });
    const jwt = await testToken("writer", { subject: "log-reader" });
    const expired = await testToken("writer", { expiresIn: "-1m" });
    const wrongKey = `${key.slice(0, -4)}AAAA`;
    const server = await startServerProcess({ API_KEYS_FILE: keysFile, LOG_LEVEL: "trace" });
    const wsUrl = server.url.replace(/^http/, "ws");
    try {
      const post = (authorization: string, query: string) =>
        fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization, cookie: `s=${jwt}` },
          body: JSON.stringify({ query }),
        }).then((response) => response.status);
      const write = `mutation { registerArticle(input: { articleId: "logs-${Date.now()}", title: "Logs", publisher: "tests", publishedOn: "2026-11-26", text: "A key writes." }) { receipt { stream } } }`;
      expect(await post(`Bearer ${key}`, write)).toBe(200);
      expect(await post(`Bearer ${jwt}`, "{ viewer { subject } }")).toBe(200);
      expect(await post(`Bearer ${wrongKey}`, "{ logPosition }")).toBe(401);
      expect(await post(`Bearer ${expired}`, "{ logPosition }")).toBe(401);
      const get = await fetch(
        `${server.url}?query=${encodeURIComponent("{ logPosition }")}&token=${key}`,
        { headers: { authorization: `Bearer ${jwt}`, "apollo-require-preflight": "true" } },
      );
      expect(get.status).toBe(200);
      expect(await overWebSocket(wsUrl, `Bearer ${key}`, "{ viewer { subject } }")).toMatchObject({
        data: { viewer: { subject: expect.stringMatching(/^apikey:/) } },
      });
      expect(await overWebSocket(wsUrl, `Bearer ${jwt}`, "{ logPosition }")).toMatchObject({
        data: {},
      });
      await overWebSocket(wsUrl, `Bearer ${wrongKey}`, "{ logPosition }");
      await overWebSocket(wsUrl, `Bearer ${expired}`, "{ logPosition }");
      server.child.kill("SIGINT");
      await Promise.race([server.exited, new Promise((r) => setTimeout(r, 30_000))]);
    } finally {
      server.kill();
    }
    const output = server.output();
    // It did log the requests, at length: the scan has something to find.
    expect(output).toContain("request completed");
    expect(output).toContain("graphql-ws connection authenticated");
    expect(output).toContain("credential refused");
    for (const secret of [key, wrongKey, jwt, expired]) {
      expect(output).not.toContain(secret);
      // Not even the part that would make it usable: a key's secret, a JWT's signature.
      expect(output).not.toContain(secret.slice(-24));
    }
    expect(output).not.toMatch(/isskg_/);
    expect(output).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    // (The start-up banner says "Bearer <key>"; a challenge says "Bearer realm=".)
    expect(output).not.toMatch(/Bearer (?!\[redacted\]|realm=|<key>)/);
  });
});
