import type { Response } from "express";
import type { AuthError } from "../auth/AuthError";
import { authErrorToGraphQL, authRefusalHttp } from "../graphql/errors";

/**
 * Answers a request whose credential was refused before GraphQL: its HTTP status and headers
 * (401 with WWW-Authenticate, 403, 429 with Retry-After) and a GraphQL error body with its code.
 */
export function sendAuthRefusal(res: Response, error: AuthError): void {
  const { message, extensions } = authErrorToGraphQL(error);
  const { status, headers } = authRefusalHttp(error);
  res
    .status(status)
    .set(Object.fromEntries(headers))
    .json({ errors: [{ message, extensions: { code: extensions.code } }] });
}
