import { authSettings } from "../../../src/config/authSettings";

describe("authentication settings from the environment", () => {
  const secret = "s".repeat(32);

  it("default to open reads, API keys only, in .iss/api-keys.json", () => {
    const settings = authSettings({});
    expect(settings.reads).toBe("open");
    expect(settings.jwt).toBeUndefined();
    expect(settings.apiKeysFile).toMatch(/\.iss\/api-keys\.json$/);
  });

  it("configure HS256 JWTs with issuer and audience", () => {
    expect(
      authSettings({ AUTH_JWT_SECRET: secret, AUTH_JWT_ISSUER: "i", AUTH_JWT_AUDIENCE: "a" }).jwt,
    ).toEqual({
      key: { kind: "secret", secret },
      issuer: "i",
      audience: "a",
      rolesClaim: "roles",
      maxLifetimeSeconds: 86_400,
    });
  });

  it("take the longest JWT lifetime and the failures a client may make as told", () => {
    const settings = authSettings({
      AUTH_JWT_SECRET: secret,
      AUTH_JWT_ISSUER: "i",
      AUTH_JWT_AUDIENCE: "a",
      AUTH_JWT_MAX_LIFETIME: "15m",
      AUTH_MAX_FAILURES: "5",
    });
    expect(settings.jwt!.maxLifetimeSeconds).toBe(900);
    expect(settings.maxFailuresPerMinute).toBe(5);
    expect(authSettings({}).maxFailuresPerMinute).toBe(20);
    const jwt = { AUTH_JWT_SECRET: secret, AUTH_JWT_ISSUER: "i", AUTH_JWT_AUDIENCE: "a" };
    expect(() => authSettings({ ...jwt, AUTH_JWT_MAX_LIFETIME: "forever" })).toThrow(/duration/);
    expect(() => authSettings({ AUTH_MAX_FAILURES: "0" })).toThrow(/whole number/);
  });

  it("refuse what would be unsafe or ambiguous", () => {
    expect(() => authSettings({ AUTH_JWT_SECRET: "short" })).toThrow(/at least 32/);
    expect(() => authSettings({ AUTH_JWT_SECRET: secret })).toThrow(/ISSUER and AUTH_JWT_AUDIENCE/);
    expect(() =>
      authSettings({ AUTH_JWT_SECRET: secret, AUTH_JWKS_URL: "https://idp/jwks" }),
    ).toThrow(/not both/);
    expect(() =>
      authSettings({
        AUTH_JWKS_URL: "http://idp.example/jwks",
        AUTH_JWT_ISSUER: "i",
        AUTH_JWT_AUDIENCE: "a",
      }),
    ).toThrow(/https/);
    expect(() => authSettings({ AUTH_READS: "closed" })).toThrow(/open or authenticated/);
  });

  it("accept a JWKS over https, or http on loopback", () => {
    const jwks = authSettings({
      AUTH_JWKS_URL: "http://127.0.0.1:9000/jwks.json",
      AUTH_JWT_ISSUER: "i",
      AUTH_JWT_AUDIENCE: "a",
      AUTH_ROLES_CLAIM: "https://kg.example/roles",
    }).jwt!;
    expect(jwks.key).toMatchObject({ kind: "jwks" });
    expect(jwks.rolesClaim).toBe("https://kg.example/roles");
  });
});
