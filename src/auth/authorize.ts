import type { OperationTypeNode } from "graphql";
import type { AuthSettings } from "../config/authSettings";
import { AuthError } from "./AuthError";
import { mayActAs, type Principal, type Role } from "./Principal";

/** The role an operation needs: writes need a writer; reads a reader when reads are not open. */
export function requiredRole(
  operation: OperationTypeNode | "query" | "mutation" | "subscription",
  reads: AuthSettings["reads"],
): Role | undefined {
  if (operation === "mutation") return "writer";
  return reads === "authenticated" ? "reader" : undefined;
}

/** Throws the refusal (401 for no credentials, 403 for too small a role), or returns. */
export function authorize(
  principal: Principal,
  needed: Role | undefined,
  howToAuthenticate: string,
): void {
  if (needed === undefined || mayActAs(principal, needed)) return;
  const what = needed === "reader" ? "reading" : needed === "writer" ? "writing" : "this";
  if (principal.via === "anonymous") {
    throw new AuthError(
      "unauthenticated",
      `${what} needs the ${needed} role: ${howToAuthenticate}`,
    );
  }
  throw new AuthError(
    "forbidden",
    `${what} needs the ${needed} role; ${principal.subject} has ${principal.role ? `the ${principal.role} role` : "no role"}`,
  );
}
