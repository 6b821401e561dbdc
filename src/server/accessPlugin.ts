import type { ApolloServerPlugin } from "@apollo/server";
import { AuthError } from "../auth/AuthError";
import { authorize, requiredRole } from "../auth/authorize";
import type { AuthSettings } from "../config/authSettings";
import type { GraphQLContext } from "../graphql/context";
import { authErrorToGraphQL } from "../graphql/errors";

/**
 * Refuses an operation its principal may not run, once Apollo knows which operation it is and
 * before any resolver: a mutation needs a writer; a query a reader when reads are authenticated.
 */
export function accessPlugin(
  reads: AuthSettings["reads"],
  howToAuthenticate: string,
): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return; // Apollo refuses a request naming no operation of its document
          try {
            authorize(
              contextValue.principal,
              requiredRole(operation, document, reads),
              howToAuthenticate,
            );
          } catch (error) {
            if (error instanceof AuthError) throw authErrorToGraphQL(error);
            throw error;
          }
        },
      };
    },
  };
}
