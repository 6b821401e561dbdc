import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express, type Request, type Response } from "express";
import { pinoHttp } from "pino-http";
import type { Logger } from "pino";
import { AuthError } from "../auth/AuthError";
import type { Authenticator } from "../auth/Authenticator";
import { ANONYMOUS, type Principal } from "../auth/Principal";
import type { ServerSettings } from "../config/serverSettings";
import type { GraphQLContext } from "../graphql/context";
import { httpErrorCode } from "../graphql/errors";
import { requestScopes } from "../graphql/RequestScope";
import { corsMiddleware } from "./corsPolicy";
import { browserPages } from "./browserPages";
import { ideAssets } from "./ideAssets";
import { hostAllowed } from "./requestOrigin";
import { schemaDocumentRoutes, type SchemaDocuments } from "./schemaDocuments";
import { sendAuthRefusal } from "./authRefusal";

export interface Probes {
  /** Neo4j answers and the schema is built. */
  ready(): Promise<{ ready: boolean; detail: string }>;
}

/**
 * The HTTP surface: GraphQL over HTTP at /graphql (GET and POST, Apollo), GraphiQL for browsers
 * at GET /graphql and the explorer at /explore (browserPages.ts), the schema for clients' code
 * generators and caches (/schema.graphql, /possible-types.json), /healthz (the process is up),
 * /readyz (Neo4j reachable, schema built).
 */
export function createHttpApp(options: {
  apollo: ApolloServer<GraphQLContext>;
  context: (principal: Principal) => Promise<GraphQLContext>;
  authenticator: Authenticator;
  settings: ServerSettings;
  log: Logger;
  probes: Probes;
  /** The schema's SDL and possible types, computed once from the schema Apollo serves. */
  schemaDocuments: SchemaDocuments;
}): Express {
  const { apollo, context, authenticator, settings, log, probes, schemaDocuments } = options;
  const app = express();
  app.disable("x-powered-by");
  app.use(
    pinoHttp({
      logger: log,
      autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" },
    }),
  );
  app.use((req, res, next) => {
    if (hostAllowed(req.headers.host, settings)) return next();
    res.status(403).json({
      errors: [
        {
          message: `this server does not answer to the host "${req.headers.host ?? ""}" (ALLOWED_HOSTS lists the names it serves)`,
          extensions: { code: "HOST_NOT_ALLOWED" },
        },
      ],
    });
  });

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const { ready, detail } = await probes.ready();
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", detail });
  });

  // What a page of another origin may call (src/server/corsPolicy.ts), preflights included: before
  // the pages, whose router would otherwise answer OPTIONS /graphql itself (200, no CORS headers).
  app.use(["/graphql", "/schema.graphql", "/possible-types.json"], corsMiddleware(settings));
  app.use(browserPages(ideAssets()));
  app.use(schemaDocumentRoutes({ documents: schemaDocuments, authenticator, settings }));
  app.use(
    "/graphql",
    async (req: Request, res: Response, next: express.NextFunction) => {
      try {
        res.locals.principal = await authenticator.authenticate(
          req.headers.authorization,
          req.socket.remoteAddress,
        );
        next();
      } catch (error) {
        if (!(error instanceof AuthError)) return next(error);
        log.debug({ reason: error.message }, "credential refused");
        // Refused before GraphQL: a credential that does not verify is never read as anonymous.
        sendAuthRefusal(res, error);
      }
    },
    express.json({ limit: settings.bodyLimit }),
    requestScopes(settings.limits.requestTimeoutMs),
    expressMiddleware(apollo, {
      context: async ({ res }) => context((res.locals.principal as Principal) ?? ANONYMOUS),
    }),
  );

  app.use((_req, res) => {
    res.status(404).json({ error: "not found", graphql: "/graphql", explorer: "/explore" });
  });
  // Errors before GraphQL (a body too large, malformed JSON, an unsupported charset or
  // Content-Encoding) answer in GraphQL's error shape, with a code (errors.ts).
  app.use(
    (
      error: { status?: number; type?: string; message?: string },
      _req: Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      const status = error.status ?? 500;
      const code = httpErrorCode(status);
      const message =
        status === 413
          ? `the request body is larger than ${settings.bodyLimit}`
          : error.type === "entity.parse.failed"
            ? "the request body is not valid JSON"
            : status === 415
              ? `${error.message ?? "unsupported media type"}: send UTF-8 JSON, uncompressed or gzip, deflate or br`
              : status < 500
                ? (error.message ?? "bad request")
                : "Internal server error";
      if (status >= 500) log.error({ err: error }, "http error");
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    },
  );
  return app;
}
