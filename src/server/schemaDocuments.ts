import { createHash } from "node:crypto";
import express, { type Request, type Response, type Router } from "express";
import { isAbstractType, type GraphQLSchema } from "graphql";
import { AuthError } from "../auth/AuthError";
import type { Authenticator } from "../auth/Authenticator";
import { authorize } from "../auth/authorize";
import type { ServerSettings } from "../config/serverSettings";
import { ErrorCode } from "../graphql/errors";
import { printApiSchema } from "../graphql/printApiSchema";
import { sendAuthRefusal } from "./authRefusal";

/** A document the server publishes about its schema, with its validator. */
export interface SchemaDocument {
  body: string;
  contentType: string;
  /** A strong ETag: the hash of the body. */
  etag: string;
}

export interface SchemaDocuments {
  /** GET /schema.graphql: the executable schema's SDL, as npm run codegen prints it. */
  sdl: SchemaDocument;
  /** GET /possible-types.json: each interface and union with the object types that can stand for it. */
  possibleTypes: SchemaDocument;
}

/**
 * Every interface and union of the schema with its object types, names sorted: the shape Apollo
 * Client's InMemoryCache takes as `possibleTypes` (without it, a fragment on an interface, as
 * `... on Entity`, matches nothing in the cache and the fields read back empty).
 */
export function possibleTypesOf(schema: GraphQLSchema): Record<string, string[]> {
  const possible: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap()).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (!isAbstractType(type) || type.name.startsWith("__")) continue;
    possible[type.name] = schema
      .getPossibleTypes(type)
      .map((member) => member.name)
      .sort();
  }
  return possible;
}

function document(body: string, contentType: string): SchemaDocument {
  return {
    body,
    contentType,
    etag: `"${createHash("sha256").update(body).digest("base64url")}"`,
  };
}

/**
 * Both documents of a built schema, each computed once, at its first request: printing the schema
 * takes 40 to 60 ms, which start-up need not wait for.
 */
export function schemaDocuments(schema: GraphQLSchema, typeDefs: string): SchemaDocuments {
  let sdl: SchemaDocument | undefined;
  let possibleTypes: SchemaDocument | undefined;
  return {
    get sdl() {
      return (sdl ??= document(printApiSchema(schema, typeDefs), "text/plain; charset=utf-8"));
    },
    get possibleTypes() {
      return (possibleTypes ??= document(
        JSON.stringify(possibleTypesOf(schema), null, 2) + "\n",
        "application/json; charset=utf-8",
      ));
    },
  };
}

/**
 * GET /schema.graphql and GET /possible-types.json. They tell what introspection tells, so they
 * follow its rules: with AUTH_READS=authenticated they need a reader's credential, as queries
 * do; the SDL is not published when INTROSPECTION is off (a client then takes it from its build).
 * The possible types are, whatever INTROSPECTION says: a client's cache needs them at run time,
 * and they name only types whose names answers carry anyway (`__typename`). Answers are
 * revalidated at each use (no-cache) against their ETag: a deployment may change the schema.
 */
export function schemaDocumentRoutes(options: {
  documents: SchemaDocuments;
  authenticator: Authenticator;
  settings: Pick<ServerSettings, "auth" | "introspection">;
}): Router {
  const { documents, authenticator, settings } = options;
  const authenticated = settings.auth.reads === "authenticated";
  const router = express.Router();

  const serve = (doc: SchemaDocument) => async (req: Request, res: Response) => {
    if (authenticated) {
      try {
        const principal = await authenticator.authenticate(
          req.headers.authorization,
          req.socket.remoteAddress,
        );
        authorize(principal, "reader", authenticator.howToAuthenticate);
      } catch (error) {
        if (!(error instanceof AuthError)) throw error;
        sendAuthRefusal(res, error);
        return;
      }
    }
    res.set({
      "content-type": doc.contentType,
      etag: doc.etag,
      "cache-control": authenticated ? "private, no-cache" : "no-cache",
    });
    if (authenticated) res.vary("Authorization");
    // Express answers 304 when If-None-Match names this ETag (req.fresh).
    res.send(doc.body);
  };

  router.get("/schema.graphql", (req, res, next) => {
    if (settings.introspection) return next();
    res.status(404).json({
      errors: [
        {
          message:
            "this server does not publish its schema (INTROSPECTION=false): generate from the schema of the build you deploy",
          extensions: { code: ErrorCode.NOT_FOUND },
        },
      ],
    });
  });
  router.get("/schema.graphql", serve(documents.sdl));
  router.get("/possible-types.json", serve(documents.possibleTypes));
  return router;
}
