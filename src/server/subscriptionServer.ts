import type { Server } from "node:http";
import { getOperationAST, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { Logger } from "pino";
import { WebSocketServer } from "ws";
import type { Authenticator } from "../auth/Authenticator";
import { AuthError } from "../auth/AuthError";
import { authorize, requiredRole } from "../auth/authorize";
import type { Principal } from "../auth/Principal";
import type { ServerSettings } from "../config/serverSettings";
import type { GraphQLContext } from "../graphql/context";
import { authErrorToGraphQL } from "../graphql/errors";
import type { queryLimits } from "../graphql/queryLimits";
import { hostAllowed, webSocketOriginAllowed } from "./requestOrigin";

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) on the API's HTTP server, at /graphql: only
 * from the API's own origins, the credentials in connection_init, the query limits first, then
 * the role the operation needs. Dispose it to close every subscription.
 */
export function serveSubscriptions({
  httpServer,
  schema,
  settings,
  authenticator,
  limits,
  context,
  formatError,
  log,
}: {
  httpServer: Server;
  schema: GraphQLSchema;
  settings: ServerSettings;
  authenticator: Authenticator;
  /** The query limits' graphql-ws options (queryLimits(...).graphqlWs). */
  limits: ReturnType<typeof queryLimits>["graphqlWs"];
  context: (principal: Principal) => Promise<GraphQLContext>;
  /** The answers' formatError (src/graphql/formatError.ts): errors carry the same codes. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  log: Logger;
}) {
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: "/graphql",
    // A page of another origin must not open it (a WebSocket is outside CORS), nor a name that
    // DNS rebinding made point here.
    verifyClient: ({ origin, req }: { origin?: string; req: { headers: { host?: string } } }) =>
      hostAllowed(req.headers.host, settings) &&
      webSocketOriginAllowed(origin || undefined, req.headers.host, settings),
  });
  return useServer<Record<string, unknown> | undefined, { principal?: Principal }>(
    {
      schema,
      context: ({ extra }) => context(extra.principal!),
      ...limits,
      // graphql-ws's connection_init carries the credentials: { authorization: "Bearer ..." }.
      onConnect: async (ctx) => {
        const authorization =
          ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        try {
          ctx.extra.principal = await authenticator.authenticate(
            typeof authorization === "string" ? authorization : undefined,
            ctx.extra.request.socket.remoteAddress,
          );
          log.debug(
            { subject: ctx.extra.principal.subject, via: ctx.extra.principal.via },
            "graphql-ws connection authenticated",
          );
          return true;
        } catch (error) {
          if (!(error instanceof AuthError)) throw error;
          log.debug({ reason: error.message }, "graphql-ws connection refused");
          // Throttled: 4429 (graphql-ws's own close codes stop at 4409), so a client waits.
          if (error.kind === "throttled") ctx.extra.socket.close(4429, "Too many requests");
          return false; // closes with 4403 Forbidden
        }
      },
      // The limits first (they parse within the token limit and validate), then the role the
      // operation needs.
      onSubscribe: async (ctx, id, payload) => {
        const checked = await limits.onSubscribe!(ctx, id, payload);
        if (!checked || !("document" in checked)) return checked;
        const operation = getOperationAST(checked.document, checked.operationName);
        if (!operation) return checked;
        try {
          authorize(
            ctx.extra.principal!,
            requiredRole(operation, checked.document, settings.auth.reads),
            authenticator.howToAuthenticate,
          );
        } catch (error) {
          if (error instanceof AuthError) return [authErrorToGraphQL(error)];
          throw error;
        }
        return checked;
      },
      // Errors of a subscription's results (a refused argument, Neo4j away) are formatted as
      // over HTTP: with their code, and nothing internal.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? {
              ...result,
              errors: result.errors.map((error) => formatError(error.toJSON(), error)),
            }
          : undefined,
    },
    wsServer,
  );
}
