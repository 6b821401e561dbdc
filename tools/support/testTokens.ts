import os from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import type { Role } from "../../src/auth/Principal";
import type { AuthSettings } from "../../src/config/authSettings";

/** The JWT settings of the servers the tests and the bench start (HS256, a secret of their own). */
export const TEST_JWT = {
  secret: "tests-only-hs256-secret-not-for-any-deployment",
  issuer: "iss-kg-tests",
  audience: "iss-knowledge-graph",
} as const;

/** The same, as the environment of a server process (npm start's variables). */
export const TEST_AUTH_ENV = {
  AUTH_JWT_SECRET: TEST_JWT.secret,
  AUTH_JWT_ISSUER: TEST_JWT.issuer,
  AUTH_JWT_AUDIENCE: TEST_JWT.audience,
} as const;

export function testAuthSettings(overrides: Partial<AuthSettings> = {}): AuthSettings {
  return {
    jwt: {
      key: { kind: "secret", secret: TEST_JWT.secret },
      issuer: TEST_JWT.issuer,
      audience: TEST_JWT.audience,
      rolesClaim: "roles",
      maxLifetimeSeconds: 86_400,
    },
    apiKeysFile: path.join(os.tmpdir(), `iss-kg-test-keys-${process.pid}.json`),
    reads: "open",
    maxFailuresPerMinute: 20,
    ...overrides,
  };
}

/** A JWT as an identity provider would issue it: subject, roles, an hour's validity. */
export async function testToken(
  role: Role | undefined,
  claims: { subject?: string; issuer?: string; audience?: string; expiresIn?: string } = {},
  secret: string = TEST_JWT.secret,
): Promise<string> {
  return new SignJWT(role ? { roles: [role] } : {})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.subject ?? `test-${role ?? "nobody"}`)
    .setIssuer(claims.issuer ?? TEST_JWT.issuer)
    .setAudience(claims.audience ?? TEST_JWT.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? "1h")
    .sign(new TextEncoder().encode(secret));
}

/** `Bearer <JWT>` of a test principal with that role. */
export async function bearer(role: Role, subject?: string): Promise<string> {
  return `Bearer ${await testToken(role, subject ? { subject } : {})}`;
}
