import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
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

/** An HS256 token of the tests' issuer, for a writer unless the payload says otherwise. */
function signed(claims: { sub?: string; exp?: string | number }, payload: object = {}) {
  const jwt = new SignJWT({ roles: ["writer"], ...payload })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(TEST_JWT.issuer)
    .setAudience(TEST_JWT.audience)
    .setIssuedAt();
  if (claims.sub !== undefined) jwt.setSubject(claims.sub);
  if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
  return jwt.sign(new TextEncoder().encode(TEST_JWT.secret));
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
    const token = await signed(
      { sub: "alice@example.org", exp: "5m" },
      { roles: ["reader", "writer"] },
    );
    await expect(authenticator.authenticate(`Bearer ${token}`)).resolves.toEqual({
      subject: `jwt:${TEST_JWT.issuer}|alice@example.org`,
      role: "writer",
      via: "jwt",
    });
  });

  it("reads roles given as one space-separated string", async () => {
    const token = await signed({ sub: "bob", exp: "1h" }, { roles: "reader admin" });
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
    const noSubject = await signed({ exp: "1h" });
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

describe("what a JWT may say about its subject and its lifetime", () => {
  const authenticator = new Authenticator(testAuthSettings({ apiKeysFile: keysFile() }));

  it("refuses a token without exp: it would never expire", async () => {
    expect(
      await refusal(authenticator.authenticate(`Bearer ${await signed({ sub: "x" })}`)),
    ).toMatchObject({
      kind: "unauthenticated",
      message: "the token has no exp claim, which this server requires",
    });
  });

  it("refuses a token valid for longer than AUTH_JWT_MAX_LIFETIME (a day unless set)", async () => {
    const year = await signed({ sub: "x", exp: "365d" });
    expect(await refusal(authenticator.authenticate(`Bearer ${year}`))).toMatchObject({
      message: expect.stringContaining("valid for longer than this server accepts"),
    });
    const hour = new Authenticator({
      ...testAuthSettings({ apiKeysFile: keysFile() }),
      jwt: { ...testAuthSettings().jwt!, maxLifetimeSeconds: 3600 },
    });
    await expect(
      hour.authenticate(`Bearer ${await signed({ sub: "x", exp: "50m" })}`),
    ).resolves.toMatchObject({ role: "writer" });
    expect(
      await refusal(hour.authenticate(`Bearer ${await signed({ sub: "x", exp: "3h" })}`)),
    ).toMatchObject({ kind: "unauthenticated" });
  });

  it("namespaces the subject, so that no JWT writes as an API key or as the seed", async () => {
    for (const sub of ["seed", "apikey:0123456789abcdef", "anonymous"]) {
      const principal = await authenticator.authenticate(
        `Bearer ${await signed({ sub, exp: "1h" })}`,
      );
      expect(principal.subject).toBe(`jwt:${TEST_JWT.issuer}|${sub}`);
    }
  });

  it("refuses a subject longer than 256 characters, or with control characters", async () => {
    const long = await signed({ sub: "x".repeat(10_000), exp: "1h" });
    expect(await refusal(authenticator.authenticate(`Bearer ${long}`))).toMatchObject({
      message: expect.stringContaining("sub claim must be 1 to 256 characters"),
    });
    const forged = await signed({ sub: 'alice\n{"actor":"seed"}', exp: "1h" });
    expect(await refusal(authenticator.authenticate(`Bearer ${forged}`))).toMatchObject({
      kind: "unauthenticated",
    });
    await expect(
      authenticator.authenticate(`Bearer ${await signed({ sub: "y".repeat(256), exp: "1h" })}`),
    ).resolves.toMatchObject({ role: "writer" });
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
        maxLifetimeSeconds: 86_400,
      },
    });
    await expect(authenticator.authenticate(`Bearer ${await sign()}`)).resolves.toEqual({
      subject: "jwt:https://idp.example|carol",
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
