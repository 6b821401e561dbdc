/**
 * A refused request: `unauthenticated` (no credentials, or ones that do not verify: HTTP 401) or
 * `forbidden` (authenticated, without the role the operation needs: HTTP 403). The message says
 * what to do about it and never why a signature failed in detail.
 */
export class AuthError extends Error {
  override readonly name = "AuthError";
  constructor(
    readonly kind: "unauthenticated" | "forbidden",
    message: string,
  ) {
    super(message);
  }
}
