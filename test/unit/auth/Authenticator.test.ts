import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
import { ApiKeyStore } from "../../../src/auth/ApiKeyStore";
import { AuthError } from "../../../src/auth/AuthError";
import { Authenticator } from "../../../src/auth/Authenticator";
import { testAuthSettings, testToken, TEST_JWT } from "../../../tools/support/testTokens";

const keysFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), "iss-keys-")), "keys.json");

async function refusal(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("authentication with a JWT (HS256)", () => {
  const authenticator = new Authenticator(testAuthSettings({ apiKeysFile: keysFile() }));

  it("is anonymous without credentials", async () => {
    await expect(authenticator.authenticate(undefined)).resolves.toMatchObject({
      subject: "anonymous",
      role: undefined,
      via: "anonymous",
    });
  });

  it("takes the subject and the highest role of a valid token", async () => {
    const token = await new SignJWT({ roles: ["reader", "writer"] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("alice@example.org")
      .setIssuer(TEST_JWT.issuer)
      .setAudience(TEST_JWT.audience)
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(TEST_JWT.secret));
    await expect(authenticator.authenticate(`Bearer ${token}`)).resolves.toEqual({
      subject: "alice@example.org",
      role: "writer",
      via: "jwt",
    });
  });

  it("reads roles given as one space-separated string", async () => {
    const token = await new SignJWT({ roles: "reader admin" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("bob")
      .setIssuer(TEST_JWT.issuer)
      .setAudience(TEST_JWT.audience)
      .sign(new TextEncoder().encode(TEST_JWT.secret));
    await expect(authenticator.authenticate(`bearer ${token}`)).resolves.toMatchObject({
      role: "admin",
    });
  });

  it.each([
    ["expired", () => testToken("writer", { expiresIn: "-1m" }), "the token has expired"],
    [
      "of another issuer",
      () => testToken("writer", { issuer: "evil" }),
      "the token's iss claim is not accepted here",
    ],
    [
      "for another audience",
      () => testToken("writer", { audience: "other-api" }),
      "the token's aud claim is not accepted here",
    ],
    [
      "signed with another secret",
      () => testToken("writer", {}, "x".repeat(40)),
      "the token is not a valid JWT for this server",
    ],
    [
      "unsigned (alg none)",
      async () =>
        new UnsecuredJWT({ roles: ["admin"] })
          .setSubject("x")
          .setIssuer(TEST_JWT.issuer)
          .setAudience(TEST_JWT.audience)
          .encode(),
      "the token is not a valid JWT for this server",
    ],
    ["not a JWT", async () => "garbage", "the token is not a valid JWT for this server"],
  ])("refuses a token %s", async (_case, token, message) => {
    const error = await refusal(authenticator.authenticate(`Bearer ${await token()}`));
    expect(error).toMatchObject({ kind: "unauthenticated", message });
  });

  it("refuses a token without a subject, and a header that is not Bearer", async () => {
    const noSubject = await new SignJWT({ roles: ["writer"] })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(TEST_JWT.issuer)
      .setAudience(TEST_JWT.audience)
      .sign(new TextEncoder().encode(TEST_JWT.secret));
    expect(await refusal(authenticator.authenticate(`Bearer ${noSubject}`))).toMatchObject({
      kind: "unauthenticated",
    });
    expect(await refusal(authenticator.authenticate("Basic dXNlcjpwYXNz"))).toMatchObject({
      message: "the Authorization header must be Bearer <token>",
    });
  });

  it("refuses every JWT when none is configured", async () => {
    const keysOnly = new Authenticator({
      ...testAuthSettings({ apiKeysFile: keysFile() }),
      jwt: undefined,
    });
    expect(
      await refusal(keysOnly.authenticate(`Bearer ${await testToken("admin")}`)),
    ).toMatchObject({
      message: expect.stringContaining("accepts no JWTs"),
    });
  });
});

describe("authentication with a JWT of a JWKS", () => {
  let server: Server;
  let url: string;
  let sign: (issuer?: string) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair("ES256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "ES256", use: "sig" };
    server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    sign = (issuer = "https://idp.example") =>
      new SignJWT({ roles: ["writer"] })
        .setProtectedHeader({ alg: "ES256", kid: "k1" })
        .setSubject("carol")
        .setIssuer(issuer)
        .setAudience("kg")
        .setExpirationTime("5m")
        .sign(privateKey);
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("verifies the signature with the published key, and checks the issuer", async () => {
    const authenticator = new Authenticator({
      ...testAuthSettings({ apiKeysFile: keysFile() }),
      jwt: {
        key: { kind: "jwks", url: new URL(url) },
        issuer: "https://idp.example",
        audience: "kg",
        rolesClaim: "roles",
      },
    });
    await expect(authenticator.authenticate(`Bearer ${await sign()}`)).resolves.toEqual({
      subject: "carol",
      role: "writer",
      via: "jwt",
    });
    expect(
      await refusal(authenticator.authenticate(`Bearer ${await sign("https://other")}`)),
    ).toMatchObject({
      kind: "unauthenticated",
    });
    // An HS256 token "signed" with the public key must not pass (algorithm confusion).
    expect(
      await refusal(authenticator.authenticate(`Bearer ${await testToken("admin")}`)),
    ).toMatchObject({
      kind: "unauthenticated",
    });
  });
});

describe("API keys", () => {
  it("are stored as scrypt hashes in a file of the owner only, and verify", async () => {
    const file = keysFile();
    const store = new ApiKeyStore(file);
    const { token, key } = await store.create({ name: "ci runner", role: "writer" });
    expect(token).toMatch(/^isskg_[0-9a-f]{16}_[\w-]{43}$/);
    const written = readFileSync(file, "utf8");
    expect(written).not.toContain(token.slice(23));
    expect(written).toContain('"hash"');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    const authenticator = new Authenticator(testAuthSettings({ apiKeysFile: file }));
    await expect(authenticator.authenticate(`Bearer ${token}`)).resolves.toEqual({
      subject: `apikey:${key.id}`,
      role: "writer",
      via: "api-key",
    });
    expect(await store.list()).toEqual([key]);
  });

  it("refuses a wrong secret, an unknown id, and a revoked key (seen by a running server)", async () => {
    const file = keysFile();
    const cli = new ApiKeyStore(file);
    const { token, key } = await cli.create({ name: "temp", role: "admin" });
    const authenticator = new Authenticator(testAuthSettings({ apiKeysFile: file }));
    await expect(authenticator.authenticate(`Bearer ${token}`)).resolves.toMatchObject({
      role: "admin",
    });
    const wrongSecret = `${token.slice(0, -4)}AAAA`;
    expect(await refusal(authenticator.authenticate(`Bearer ${wrongSecret}`))).toMatchObject({
      message: "the API key is unknown or revoked",
    });
    expect(
      await refusal(authenticator.authenticate(`Bearer isskg_0000000000000000_${"a".repeat(43)}`)),
    ).toMatchObject({ kind: "unauthenticated" });
    expect(await cli.revoke(key.id)).toBe(true);
    expect(await cli.revoke(key.id)).toBe(false);
    // The server checks the file's modification time at most once a second.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await refusal(authenticator.authenticate(`Bearer ${token}`))).toMatchObject({
      message: "the API key is unknown or revoked",
    });
  });

  it("refuse a name that could not be shown safely", async () => {
    await expect(
      new ApiKeyStore(keysFile()).create({ name: "a\nb", role: "reader" }),
    ).rejects.toThrow(/name/);
  });
});
