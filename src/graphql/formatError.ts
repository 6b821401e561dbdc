import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { Neo4jError } from "neo4j-driver";
import { AuthError } from "../auth/AuthError";
import { DomainError } from "../domain/DomainError";
import { RebuildInProgressError } from "../eventstore/RebuildInProgressError";
import { isNeo4jUnavailable } from "../neo4j/isNeo4jUnavailable";
import {
  authErrorToGraphQL,
  domainErrorToGraphQL,
  ErrorCode,
  LIMIT_CODES,
  tokenLimitExceeded,
} from "./errors";

/*
 * The last word on every error an answer carries: what errors.ts's codes do not already say, as
 * Apollo, the driver and Neo4j word it, translated here.
 */

/** Neo4j's full-text query parser (Lucene) refusing a search phrase of a generated *ByName read. */
function isLuceneSyntaxError(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    error.code === "Neo.ClientError.Procedure.ProcedureCallFailed" &&
    /ParseException|Cannot parse|Lucene/i.test(error.message)
  );
}
/**
 * Apollo's refusals of an automatic persisted query that it makes without a code (HTTP 400, but
 * INTERNAL_SERVER_ERROR once formatted): a version of the protocol other than 1, and a hash that
 * is not the query's. Known by their exact words in @apollo/server 5 (its requestPipeline); the
 * API's tests send both, so a new wording fails them rather than the clients.
 */
const PERSISTED_QUERY_REFUSALS: Readonly<Record<string, { code: ErrorCode; message: string }>> = {
  "Unsupported persisted query version": {
    code: ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
    message: "this server supports automatic persisted queries of version 1 only",
  },
  "provided sha does not match query": {
    code: ErrorCode.BAD_REQUEST,
    message: "the persisted query's sha256Hash is not the SHA-256 of its query",
  },
};

/** Said instead of the driver's message, which names the database's address. */
const NEO4J_UNAVAILABLE =
  "the database is unavailable: retry shortly. A command whose answer was lost may have been " +
  "executed: send it again with the same commandId, and it is executed once";

/**
 * Apollo's formatError: never throws. Known errors keep their message and code; Neo4j
 * unreachable is SERVICE_UNAVAILABLE, with a message of ours; unknown ones are logged with their
 * stack and answered as INTERNAL_SERVER_ERROR with no detail (in development, the message is
 * kept to help).
 */
export function createFormatError(options: {
  development: boolean;
  logUnexpected: (error: unknown) => void;
}): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      // Commands qualify their fields with "input" themselves (commandResolvers); a query's
      // field is the argument itself ("phrase", "depth").
      return {
        ...formatted,
        ...domainErrorToGraphQL(original, "").toJSON(),
        path: formatted.path,
      };
    }
    if (original instanceof AuthError) {
      const { message, extensions } = authErrorToGraphQL(original);
      return { ...formatted, message, extensions: { code: extensions.code } };
    }
    if (original instanceof RebuildInProgressError) {
      return {
        ...formatted,
        message: original.message,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (isLuceneSyntaxError(original)) {
      return {
        ...formatted,
        message: "the search phrase is not valid Lucene query syntax",
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: "validation", field: "phrase" },
      };
    }
    // Apollo answers every validation error as GRAPHQL_VALIDATION_FAILED: a limit's rule keeps its own.
    const cause = original instanceof GraphQLError ? original.originalError : undefined;
    if (cause instanceof GraphQLError && LIMIT_CODES.has(cause.extensions.code)) {
      return { ...formatted, extensions: { ...formatted.extensions, code: cause.extensions.code } };
    }
    const tokens = tokenLimitExceeded(formatted.message);
    if (tokens) {
      const { http: _http, ...extensions } = tokens.extensions;
      return { ...formatted, message: tokens.message, extensions };
    }
    const persisted = PERSISTED_QUERY_REFUSALS[formatted.message];
    if (persisted && original instanceof GraphQLError && original.extensions.code === undefined) {
      return { message: persisted.message, extensions: { code: persisted.code } };
    }
    if (isNeo4jUnavailable(original)) {
      return {
        message: NEO4J_UNAVAILABLE,
        ...(formatted.path ? { path: formatted.path } : {}),
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    const code = formatted.extensions?.code;
    if (
      original instanceof GraphQLError ||
      (typeof code === "string" && code !== ErrorCode.INTERNAL_SERVER_ERROR)
    ) {
      return formatted;
    }
    options.logUnexpected(original);
    return {
      message: options.development ? formatted.message : "Internal server error",
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
