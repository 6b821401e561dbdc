import path from "node:path";
import { ConfigurationError, positiveInteger, type Env } from "./environment";
import { projectRoot } from "./projectRoot";

/** How requests are authenticated and what an anonymous one may do (docs/operating.md, Access). */
export interface AuthSettings {
  /** JWTs, when configured: signed with an HS256 secret or by a key of a JWKS. */
  jwt:
    | {
        key: { kind: "secret"; secret: string } | { kind: "jwks"; url: URL };
        issuer: string;
        audience: string;
        /** The claim holding the roles: an array of names, or one space-separated string. */
        rolesClaim: string;
        /** The longest a token may be valid for, from now (its `exp`, which is required). */
        maxLifetimeSeconds: number;
      }
    | undefined;
  /** API keys, stored hashed in this file (npm run keys). */
  apiKeysFile: string;
  /** "open": anyone may read; "authenticated": reads need the reader role too. */
  reads: "open" | "authenticated";
  /**
   * Failed credential checks a client (an address) may make per minute before the costly
   * checks (keys of the first format, scrypt) are refused to it for a while.
   */
  maxFailuresPerMinute: number;
}

/** An HS256 secret shorter than the hash is guessable offline from any token it signed. */
const MIN_SECRET_LENGTH = 32;

export function authSettings(env: Env = process.env): AuthSettings {
  const reads = env.AUTH_READS || "open";
  if (reads !== "open" && reads !== "authenticated") {
    throw new ConfigurationError(`AUTH_READS must be open or authenticated, got "${reads}"`);
  }
  return {
    jwt: jwtSettings(env),
    apiKeysFile: path.resolve(
      projectRoot(),
      env.API_KEYS_FILE || path.join(".iss", "api-keys.json"),
    ),
    reads,
    maxFailuresPerMinute: positiveInteger(env, "AUTH_MAX_FAILURES", 20, 1_000_000),
  };
}

const DURATION_UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Seconds of a duration written as 90s, 15m, 12h or 1d. */
export function durationSeconds(name: string, raw: string): number {
  const match = /^(\d+)\s*([smhd])$/.exec(raw.trim());
  const seconds = match ? Number(match[1]) * DURATION_UNITS[match[2]!]! : NaN;
  if (!Number.isSafeInteger(seconds) || seconds < 1) {
    throw new ConfigurationError(`${name} must be a duration such as 15m, 12h or 1d, got "${raw}"`);
  }
  return seconds;
}

function jwtSettings(env: Env): AuthSettings["jwt"] {
  const secret = env.AUTH_JWT_SECRET;
  const jwksUrl = env.AUTH_JWKS_URL;
  if (!secret && !jwksUrl) return undefined;
  if (secret && jwksUrl) {
    throw new ConfigurationError("set AUTH_JWT_SECRET or AUTH_JWKS_URL, not both");
  }
  if (secret && secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigurationError(
      `AUTH_JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters (openssl rand -base64 48 makes one)`,
    );
  }
  let url: URL | undefined;
  if (jwksUrl) {
    try {
      url = new URL(jwksUrl);
    } catch {
      throw new ConfigurationError(`AUTH_JWKS_URL must be a URL, got "${jwksUrl}"`);
    }
    if (url.protocol !== "https:" && !isLoopback(url.hostname)) {
      throw new ConfigurationError(
        `AUTH_JWKS_URL must use https (http only on a loopback address), got "${jwksUrl}"`,
      );
    }
  }
  // Without both, a token issued by the same identity provider for another service would do.
  const issuer = env.AUTH_JWT_ISSUER;
  const audience = env.AUTH_JWT_AUDIENCE;
  if (!issuer || !audience) {
    throw new ConfigurationError(
      "JWTs are configured: AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE must be set too",
    );
  }
  return {
    key: secret ? { kind: "secret", secret } : { kind: "jwks", url: url! },
    issuer,
    audience,
    rolesClaim: env.AUTH_ROLES_CLAIM || "roles",
    maxLifetimeSeconds: durationSeconds("AUTH_JWT_MAX_LIFETIME", env.AUTH_JWT_MAX_LIFETIME || "1d"),
  };
}

export function isLoopback(hostname: string): boolean {
  return (
    hostname === "localhost" ||
    hostname === "[::1]" ||
    hostname === "::1" ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}
