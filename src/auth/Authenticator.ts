import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from "jose";
import type { AuthSettings } from "../config/authSettings";
import { ApiKeyStore, looksLikeApiKey } from "./ApiKeyStore";
import { AuthError } from "./AuthError";
import { FailedCheckLimiter } from "./FailedCheckLimiter";
import { LegacyCheckRefused, LegacyKeyCheck } from "./LegacyKeyCheck";
import { ANONYMOUS, highestRole, type Principal } from "./Principal";

/** Asymmetric algorithms a JWKS may use; HS256 only with the configured secret. */
const JWKS_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA"];

/** The longest `sub` taken: it is written on every event the token's requests append. */
export const MAX_SUBJECT_LENGTH = 256;

/** Seconds a token's `exp` may lie past its maximum lifetime: the clocks of two machines. */
const CLOCK_TOLERANCE_SECONDS = 60;

/**
 * Turns a request's credentials into a principal: no `Authorization` header is the anonymous
 * principal; `Bearer isskg_...` an API key of the key file; any other bearer token a JWT, verified
 * with jose (signature, `exp` required and within the maximum lifetime, `nbf`, issuer, audience;
 * roles from the configured claim). A credential that does not verify is refused, never
 * downgraded to anonymous. Subjects are namespaced, so that no credential can pose as another
 * kind: `apikey:<id>` for a key, `jwt:<issuer>|<sub>` for a JWT (the seed writes as `seed`).
 */
export class Authenticator {
  readonly keys: ApiKeyStore;
  private readonly limiter: FailedCheckLimiter;
  private readonly verifyJwt: ((token: string) => Promise<JWTPayload>) | undefined;

  constructor(
    private readonly settings: AuthSettings,
    options: { warn?: (message: string) => void } = {},
  ) {
    this.keys = new ApiKeyStore(settings.apiKeysFile, {
      legacyCheck: new LegacyKeyCheck(),
      ...(options.warn ? { warn: options.warn } : {}),
    });
    this.limiter = new FailedCheckLimiter(settings.maxFailuresPerMinute);
    const jwt = settings.jwt;
    if (jwt) {
      const options = {
        issuer: jwt.issuer,
        audience: jwt.audience,
        requiredClaims: ["sub", "exp"],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      };
      if (jwt.key.kind === "secret") {
        const secret = new TextEncoder().encode(jwt.key.secret);
        this.verifyJwt = async (token) =>
          (await jwtVerify(token, secret, { ...options, algorithms: ["HS256"] })).payload;
      } else {
        const jwks = createRemoteJWKSet(jwt.key.url);
        this.verifyJwt = async (token) =>
          (await jwtVerify(token, jwks, { ...options, algorithms: JWKS_ALGORITHMS })).payload;
      }
    }
  }

  /** What a client can use to get a writer's credential, for messages. */
  get howToAuthenticate(): string {
    const jwt = this.settings.jwt ? "a JWT of your identity provider, or " : "";
    return `send Authorization: Bearer <${jwt}an API key: npm run keys -- create --name you --role writer>`;
  }

  /**
   * The principal of a request's `Authorization` header. `client` is the address it came from:
   * failed checks are counted per client (FailedCheckLimiter).
   */
  async authenticate(authorization: string | undefined, client?: string): Promise<Principal> {
    if (authorization === undefined || authorization === "") return ANONYMOUS;
    const match = /^Bearer +(\S+) *$/i.exec(authorization);
    if (!match) {
      throw new AuthError("unauthenticated", "the Authorization header must be Bearer <token>");
    }
    const token = match[1]!;
    try {
      return looksLikeApiKey(token) ? await this.verifyKey(token, client) : await this.jwt(token);
    } catch (error) {
      if (error instanceof AuthError && error.kind === "unauthenticated") {
        this.limiter.recordFailure(client);
      }
      throw error;
    }
  }

  private async verifyKey(token: string, client: string | undefined): Promise<Principal> {
    let principal: Principal | undefined;
    try {
      principal = await this.keys.verify(token, () => {
        const wait = this.limiter.retryAfterSeconds(client);
        if (wait > 0) throw new LegacyCheckRefused(wait);
      });
    } catch (error) {
      if (!(error instanceof LegacyCheckRefused)) throw error;
      throw new AuthError(
        "throttled",
        `too many failed authentications from this address, or too many checks at once: retry in ${error.retryAfterSeconds} s`,
        error.retryAfterSeconds,
      );
    }
    if (!principal) throw new AuthError("unauthenticated", "the API key is unknown or revoked");
    return principal;
  }

  private async jwt(token: string): Promise<Principal> {
    const jwt = this.settings.jwt;
    if (!this.verifyJwt || !jwt) {
      throw new AuthError(
        "unauthenticated",
        "the token is not an API key, and this server accepts no JWTs (AUTH_JWT_SECRET or AUTH_JWKS_URL configures them)",
      );
    }
    let payload: JWTPayload;
    try {
      payload = await this.verifyJwt(token);
    } catch (error) {
      throw new AuthError("unauthenticated", jwtRefusal(error));
    }
    // A token valid for longer than the maximum would outlive any revocation at its issuer.
    const latest = Date.now() / 1000 + jwt.maxLifetimeSeconds + CLOCK_TOLERANCE_SECONDS;
    if (payload.exp! > latest) {
      throw new AuthError(
        "unauthenticated",
        `the token is valid for longer than this server accepts (exp at most ${jwt.maxLifetimeSeconds} s from now: AUTH_JWT_MAX_LIFETIME)`,
      );
    }
    const sub = payload.sub!;
    if (sub.length > MAX_SUBJECT_LENGTH || /\p{Cc}/u.test(sub)) {
      throw new AuthError(
        "unauthenticated",
        `the token's sub claim must be 1 to ${MAX_SUBJECT_LENGTH} characters without control characters`,
      );
    }
    const claim = payload[jwt.rolesClaim];
    const names = Array.isArray(claim) ? claim : typeof claim === "string" ? claim.split(" ") : [];
    return { subject: `jwt:${jwt.issuer}|${sub}`, role: highestRole(names), via: "jwt" };
  }
}

/** Why a JWT was refused, in words a client can act on, without verification internals. */
function jwtRefusal(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "the token has expired";
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return error.reason === "missing"
      ? `the token has no ${error.claim} claim, which this server requires`
      : `the token's ${error.claim} claim is not accepted here`;
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey) return "no key of the JWKS matches the token";
  if (error instanceof joseErrors.JWKSTimeout) return "the JWKS could not be fetched in time";
  return "the token is not a valid JWT for this server";
}
