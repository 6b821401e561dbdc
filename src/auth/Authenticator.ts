import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from "jose";
import type { AuthSettings } from "../config/authSettings";
import { ApiKeyStore, looksLikeApiKey } from "./ApiKeyStore";
import { AuthError } from "./AuthError";
import { ANONYMOUS, highestRole, type Principal } from "./Principal";

/** Asymmetric algorithms a JWKS may use; HS256 only with the configured secret. */
const JWKS_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA"];

/**
 * Turns a request's credentials into a principal: no `Authorization` header is the anonymous
 * principal; `Bearer isskg_...` an API key of the key file; any other bearer token a JWT, verified
 * with jose (signature, `exp`/`nbf`, issuer, audience; roles from the configured claim). A
 * credential that does not verify is refused, never downgraded to anonymous.
 */
export class Authenticator {
  readonly keys: ApiKeyStore;
  private readonly verifyJwt: ((token: string) => Promise<JWTPayload>) | undefined;

  constructor(private readonly settings: AuthSettings) {
    this.keys = new ApiKeyStore(settings.apiKeysFile);
    const jwt = settings.jwt;
    if (jwt) {
      const options = { issuer: jwt.issuer, audience: jwt.audience, requiredClaims: ["sub"] };
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

  async authenticate(authorization: string | undefined): Promise<Principal> {
    if (authorization === undefined || authorization === "") return ANONYMOUS;
    const match = /^Bearer +(\S+) *$/i.exec(authorization);
    if (!match) {
      throw new AuthError("unauthenticated", "the Authorization header must be Bearer <token>");
    }
    const token = match[1]!;
    if (looksLikeApiKey(token)) {
      const principal = await this.keys.verify(token);
      if (!principal) throw new AuthError("unauthenticated", "the API key is unknown or revoked");
      return principal;
    }
    if (!this.verifyJwt) {
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
    const claim = payload[this.settings.jwt!.rolesClaim];
    const names = Array.isArray(claim) ? claim : typeof claim === "string" ? claim.split(" ") : [];
    return { subject: payload.sub!, role: highestRole(names), via: "jwt" };
  }
}

/** Why a JWT was refused, in words a client can act on, without verification internals. */
function jwtRefusal(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "the token has expired";
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return `the token's ${error.claim} claim is not accepted here`;
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey) return "no key of the JWKS matches the token";
  if (error instanceof joseErrors.JWKSTimeout) return "the JWKS could not be fetched in time";
  return "the token is not a valid JWT for this server";
}
