import type { DocumentNode, OperationDefinitionNode, SelectionSetNode } from "graphql";
import { fieldsOf, fragmentsOf } from "../graphql/selectedFields";
import type { AuthSettings } from "../config/authSettings";
import { AuthError } from "./AuthError";
import { mayActAs, type Principal, type Role } from "./Principal";

/** Root fields that need more than their operation's role: managing the API keys. */
const ADMIN_FIELDS: ReadonlySet<string> = new Set([
  "Query.apiKeys",
  "Mutation.createApiKey",
  "Mutation.revokeApiKey",
]);

const ROOT_TYPE = { query: "Query", mutation: "Mutation", subscription: "Subscription" } as const;

/**
 * The role an operation needs: an admin for the key management fields; a writer for any other
 * mutation; for reads, a reader when reads are authenticated, no role when they are open.
 */
export function requiredRole(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  reads: AuthSettings["reads"],
): Role | undefined {
  const type = ROOT_TYPE[operation.operation];
  const fields = rootFieldNames(operation.selectionSet, document);
  if (fields.some((field) => ADMIN_FIELDS.has(`${type}.${field}`))) return "admin";
  if (operation.operation === "mutation") return "writer";
  return reads === "authenticated" ? "reader" : undefined;
}

/** The root fields an operation selects, through its fragments too. */
function rootFieldNames(selectionSet: SelectionSetNode, document: DocumentNode): string[] {
  return fieldsOf([selectionSet], fragmentsOf(document)).map((field) => field.name.value);
}

/** Throws the refusal (401 for no credentials, 403 for too small a role), or returns. */
export function authorize(
  principal: Principal,
  needed: Role | undefined,
  howToAuthenticate: string,
): void {
  if (needed === undefined || mayActAs(principal, needed)) return;
  const what =
    needed === "reader" ? "reading" : needed === "writer" ? "writing" : "managing API keys";
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
