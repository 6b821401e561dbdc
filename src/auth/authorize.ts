import type { DocumentNode, OperationDefinitionNode, SelectionSetNode } from "graphql";
import { fieldsOf, fragmentsOf } from "../graphql/selectedFields";
import type { AuthSettings } from "../config/authSettings";
import { AuthError } from "./AuthError";
import { highestRole, mayActAs, type Principal, type Role } from "./Principal";

/** Root fields that need more than their operation's role. */
const FIELD_ROLES: Readonly<Record<string, Role>> = {
  // Managing the API keys.
  "Query.apiKeys": "admin",
  "Mutation.createApiKey": "admin",
  "Mutation.revokeApiKey": "admin",
  // Drafting is CPU work on the API's one thread (a second or so for the longest text): a read
  // for the editors who will submit it, not for anyone who can reach the API.
  "Query.draftArticle": "writer",
};

const ROOT_TYPE = { query: "Query", mutation: "Mutation", subscription: "Subscription" } as const;

/**
 * The role an operation needs: the highest of its root fields' own (FIELD_ROLES), a writer for
 * any other mutation; for reads, a reader when reads are authenticated, no role when they are open.
 */
export function requiredRole(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  reads: AuthSettings["reads"],
): Role | undefined {
  const type = ROOT_TYPE[operation.operation];
  const fieldRoles = rootFieldNames(operation.selectionSet, document).flatMap((field) => {
    const role = FIELD_ROLES[`${type}.${field}`];
    return role ? [role] : [];
  });
  const base =
    operation.operation === "mutation"
      ? "writer"
      : reads === "authenticated"
        ? "reader"
        : undefined;
  return highestRole([...fieldRoles, base]);
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
