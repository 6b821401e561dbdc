/**
 * A refused request: `unauthenticated` (no credentials, or ones that do not verify: HTTP 401),
 * `forbidden` (authenticated, without the role the operation needs: HTTP 403) or `throttled`
 * (a credential that cannot be checked now: too many failures from that client, or too many
 * costly checks at once: HTTP 429, with the seconds to wait). The message says what to do about
 * it and never why a signature failed in detail.
 */
export class AuthError extends Error {
  override readonly name = "AuthError";
  constructor(
    readonly kind: "unauthenticated" | "forbidden" | "throttled",
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
