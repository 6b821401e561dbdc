import { randomBytes } from "node:crypto";
import { SignJWT, UnsecuredJWT } from "jose";
import { TEST_JWT } from "../../tools/support/testTokens";
import type { FuzzTargets } from "./hostileRequests";
import type { TrustTargets } from "./trustRequests";

/** Ids of the seed article's graph: hostile requests mix them with made-up ones. */
export function seedFuzzTargets(writerAuthorization: string, trust: TrustTargets): FuzzTargets {
  return {
    articleId: "iss-leaks-ap-2024-02-29",
    entityIds: [
      "iss",
      "zvezda",
      "nauka",
      "satoshi-furukawa",
      "oleg-kononenko",
      "nasa",
      "roscosmos",
      "russian-segment",
      "zvezda-air-leak",
      "montalbano-leak-increased",
    ],
    writerAuthorization,
    ...trust,
  };
}

/**
 * Credentials the server must refuse (401) although signed with its own secret, or shaped like
 * its keys: a JWT without `exp`, one valid for a year (past AUTH_JWT_MAX_LIFETIME), one with a
 * 10 KB `sub`, an expired one, an unsigned one, one of another secret, an unknown key.
 */
export async function refusedCredentials(secret: string = TEST_JWT.secret): Promise<string[]> {
  const sign = (claims: { sub: string; exp?: string }, key = secret) => {
    const jwt = new SignJWT({ roles: ["admin"] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(claims.sub)
      .setIssuer(TEST_JWT.issuer)
      .setAudience(TEST_JWT.audience)
      .setIssuedAt();
    if (claims.exp) jwt.setExpirationTime(claims.exp);
    return jwt.sign(new TextEncoder().encode(key));
  };
  const tokens = [
    await sign({ sub: "forever" }),
    await sign({ sub: "a-year", exp: "365d" }),
    await sign({ sub: "x".repeat(10_000), exp: "1h" }),
    await sign({ sub: "expired", exp: "-1m" }),
    await sign({ sub: "other-secret", exp: "1h" }, randomBytes(32).toString("base64url")),
    new UnsecuredJWT({ roles: ["admin"] })
      .setSubject("seed")
      .setIssuer(TEST_JWT.issuer)
      .setAudience(TEST_JWT.audience)
      .setExpirationTime("1h")
      .encode(),
    `isskg_${randomBytes(32).toString("base64url")}`,
  ];
  return tokens.map((token) => `Bearer ${token}`);
}

/** The well-behaved client: an entity page's neighbourhood, as a frontend asks it. */
export const FUZZ_PROBE = {
  query: `query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { distance node { id kind label } } edges { id type from to } } }`,
  variables: { id: "zvezda" },
};
