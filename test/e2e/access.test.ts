import { ApiKeyStore } from "../../src/auth/ApiKeyStore";
import { accessServerForTests, register } from "../support/accessServer";
import { codeOf, postQuery } from "../support/rawRequests";
import { bearer, testToken, TEST_JWT } from "../../tools/support/testTokens";

describe("access: who may write, and from where", () => {
  const { ctx, head, actorOf } = accessServerForTests();

  describe("over HTTP", () => {
    it("reads are open to the anonymous by default", async () => {
      const answer = await postQuery(ctx.server.url, "{ logPosition }");
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ logPosition: await head() });
    });

    it("an anonymous write is refused with 401 UNAUTHENTICATED, and the log is unchanged", async () => {
      const before = await head();
      const answer = await postQuery(ctx.server.url, register("anonymous-write"));
      expect(answer.status).toBe(401);
      expect(codeOf(answer)).toBe("UNAUTHENTICATED");
      expect(answer.wwwAuthenticate).toMatch(/^Bearer /);
      expect(answer.body.errors![0]!.message).toContain("npm run keys");
      expect(answer.body.data ?? null).toBeNull();
      expect(await head()).toBe(before);
    });

    it("a reader's write is refused with 403 FORBIDDEN", async () => {
      const before = await head();
      const answer = await postQuery(ctx.server.url, register("reader-write"), {
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
      expect(
        (await postQuery(ctx.server.url, "{ logPosition }", { authorization: token })).status,
      ).toBe(200);
      const answer = await postQuery(ctx.server.url, register("no-role-write"), {
        authorization: token,
      });
      expect([answer.status, codeOf(answer)]).toEqual([403, "FORBIDDEN"]);
    });

    it.each(["writer", "admin"] as const)(
      "a %s writes, and the events' actor is its subject, namespaced by its issuer",
      async (role) => {
        const answer = await postQuery(ctx.server.url, register(`${role}-write`), {
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
        const answer = await postQuery(ctx.server.url, "{ logPosition }", { authorization });
        expect([answer.status, codeOf(answer)]).toEqual([401, "UNAUTHENTICATED"]);
        expect(answer.body.data).toBeUndefined();
      }
    });

    it("an API key made by npm run keys writes as apikey:<id>, an id no part of the key; revoked, it is refused", async () => {
      const store = new ApiKeyStore(ctx.keysFile);
      const { token, key } = await store.create({ name: "e2e", role: "writer" });
      const answer = await postQuery(ctx.server.url, register("key-write"), {
        authorization: `Bearer ${token}`,
      });
      expect(answer.body.errors).toBeUndefined();
      expect(await actorOf("entity-key-write")).toBe(`apikey:${key.id}`);
      // What anyone reads in the log gives nothing of what the key needs.
      expect(token).not.toContain(key.id);
      await store.revoke(key.id);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const refused = await postQuery(ctx.server.url, register("key-write-2"), {
        authorization: `Bearer ${token}`,
      });
      expect([refused.status, codeOf(refused)]).toEqual([401, "UNAUTHENTICATED"]);
    });

    it("viewer says who the request is authenticated as", async () => {
      const query = "{ viewer { subject role authenticatedBy } }";
      expect((await postQuery(ctx.server.url, query)).body.data).toEqual({
        viewer: { subject: "anonymous", role: null, authenticatedBy: "anonymous" },
      });
      const admin = await postQuery(ctx.server.url, query, {
        authorization: await bearer("admin", "ada"),
      });
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
        const refused = await postQuery(ctx.server.url, create, headers);
        expect([refused.status, codeOf(refused)]).toEqual([status, code]);
        const list = await postQuery(ctx.server.url, "{ apiKeys { id } }", headers);
        expect([list.status, codeOf(list)]).toEqual([status, code]);
      }
      const admin = { authorization: await bearer("admin", "ada") };
      const created = await postQuery(ctx.server.url, create, admin);
      const { token, key } = (
        created.body.data as { createApiKey: { token: string; key: { id: string } } }
      ).createApiKey;
      expect(created.body.data).toMatchObject({
        createApiKey: { key: { name: "frontend team", role: "WRITER" } },
      });
      const listed = await postQuery(ctx.server.url, "{ apiKeys { id name role } }", admin);
      expect(
        (listed.body.data as { apiKeys: { id: string }[] }).apiKeys.map((k) => k.id),
      ).toContain(key.id);
      const write = await postQuery(ctx.server.url, register("admin-made-key"), {
        authorization: `Bearer ${token}`,
      });
      expect(write.body.errors).toBeUndefined();
      const revoked = await postQuery(
        ctx.server.url,
        `mutation { revokeApiKey(id: "${key.id}") }`,
        admin,
      );
      expect(revoked.body.data).toEqual({ revokeApiKey: true });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const after = await postQuery(ctx.server.url, "{ logPosition }", {
        authorization: `Bearer ${token}`,
      });
      expect(after.status).toBe(401);
    });

    it("a request naming a host the server does not serve (DNS rebinding) is refused", async () => {
      const { request } = await import("node:http");
      const url = new URL(ctx.server.url);
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
});
