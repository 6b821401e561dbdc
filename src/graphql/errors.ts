import { GraphQLError } from "graphql";
import { AuthError } from "../auth/AuthError";
import { DomainError, type DomainErrorKind } from "../domain/DomainError";
import type { UnitAbandoned } from "../commands/GroupCommit";

/** The one mapping from errors of the domain and the service to GraphQL error codes. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  POSSIBLE_DUPLICATE: "POSSIBLE_DUPLICATE",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  RESULT_TOO_LARGE: "RESULT_TOO_LARGE",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
  // Refusals of the request as a whole (HTTP 4xx, before or instead of an answer).
  BAD_REQUEST: "BAD_REQUEST",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  QUERY_TOO_LARGE: "QUERY_TOO_LARGE",
  QUERY_TOO_DEEP: "QUERY_TOO_DEEP",
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  TOO_MANY_ALIASES: "TOO_MANY_ALIASES",
  TOO_MANY_DIRECTIVES: "TOO_MANY_DIRECTIVES",
  INPUT_TOO_DEEP: "INPUT_TOO_DEEP",
  FILTER_TOO_DEEP: "FILTER_TOO_DEEP",
  REQUEST_TIMEOUT: "REQUEST_TIMEOUT",
  REQUEST_CLOSED: "REQUEST_CLOSED",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  // Apollo Server's own, for automatic persisted queries.
  PERSISTED_QUERY_NOT_FOUND: "PERSISTED_QUERY_NOT_FOUND",
  PERSISTED_QUERY_NOT_SUPPORTED: "PERSISTED_QUERY_NOT_SUPPORTED",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const CODE_OF_KIND: Record<DomainErrorKind, ErrorCode> = {
  validation: ErrorCode.BAD_USER_INPUT,
  not_found: ErrorCode.NOT_FOUND,
  already_exists: ErrorCode.CONFLICT,
  illegal_state: ErrorCode.CONFLICT,
  concurrency: ErrorCode.CONFLICT,
  too_large: ErrorCode.RESULT_TOO_LARGE,
  possible_duplicate: ErrorCode.POSSIBLE_DUPLICATE,
};

/** The code of a domain error of this kind (a dry run's problems carry it as their error would). */
export function codeOfKind(kind: DomainErrorKind): ErrorCode {
  return CODE_OF_KIND[kind];
}

/** The limits of src/graphql/queryLimits.ts, each refused with a code of its own. */
export type QueryLimit =
  "tokens" | "depth" | "cost" | "aliases" | "directives" | "inputDepth" | "filterDepth";

const CODE_OF_LIMIT: Record<QueryLimit, ErrorCode> = {
  tokens: ErrorCode.QUERY_TOO_LARGE,
  depth: ErrorCode.QUERY_TOO_DEEP,
  cost: ErrorCode.QUERY_TOO_COMPLEX,
  aliases: ErrorCode.TOO_MANY_ALIASES,
  directives: ErrorCode.TOO_MANY_DIRECTIVES,
  inputDepth: ErrorCode.INPUT_TOO_DEEP,
  filterDepth: ErrorCode.FILTER_TOO_DEEP,
};
/** The codes of the query limits: formatError keeps them where Apollo would not. */
export const LIMIT_CODES: ReadonlySet<unknown> = new Set<unknown>(Object.values(CODE_OF_LIMIT));

/** An error refusing the whole request: HTTP 400 (Apollo reads `http`, and drops it from the answer). */
const REFUSED = { http: { status: 400 } };

/**
 * A domain error as a GraphQL error: its code, the offending argument path (e.g.
 * "input.source.quote"), why (the domain's kind) and, on a conflict, the stream's current revision.
 */
export function domainErrorToGraphQL(error: DomainError, argumentPrefix: string): GraphQLError {
  const field = error.field === undefined ? undefined : qualify(argumentPrefix, error.field);
  return new GraphQLError(error.message, {
    extensions: {
      code: CODE_OF_KIND[error.kind],
      reason: error.kind,
      ...(field ? { field } : {}),
      ...error.details,
    },
  });
}

function qualify(prefix: string, field: string): string {
  // Command-level fields are arguments of their own (commandId, expectedRevision).
  if (field === "commandId" || field === "expectedRevision") return field;
  return prefix ? `${prefix}.${field}` : field;
}

const AUTH_REFUSALS = {
  unauthenticated: { code: ErrorCode.UNAUTHENTICATED, status: 401 },
  forbidden: { code: ErrorCode.FORBIDDEN, status: 403 },
  throttled: { code: ErrorCode.TOO_MANY_REQUESTS, status: 429 },
} as const;

/** The HTTP status and headers of an authentication refusal, however it is answered. */
export function authRefusalHttp(error: AuthError): {
  status: number;
  headers: Map<string, string>;
} {
  const headers = new Map([["www-authenticate", bearerChallenge(error)]]);
  if (error.retryAfterSeconds !== undefined)
    headers.set("retry-after", String(error.retryAfterSeconds));
  return { status: AUTH_REFUSALS[error.kind].status, headers };
}

/**
 * A refused request: UNAUTHENTICATED with HTTP 401 (and the challenge RFC 6750 asks for),
 * FORBIDDEN with 403, or TOO_MANY_REQUESTS with 429 and Retry-After. Apollo takes
 * `extensions.http` for the response and leaves it out of the body.
 */
export function authErrorToGraphQL(error: AuthError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: AUTH_REFUSALS[error.kind].code, http: authRefusalHttp(error) },
  });
}

/** The WWW-Authenticate challenge of a refusal (RFC 6750, section 3). */
export function bearerChallenge(error: AuthError): string {
  return error.kind === "forbidden"
    ? 'Bearer realm="iss-knowledge-graph", error="insufficient_scope"'
    : 'Bearer realm="iss-knowledge-graph"';
}

export function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, reason: "validation", field },
  });
}

/** A request refused before it runs, because it asks for more than a limit allows. */
export function limitExceeded(
  limit: QueryLimit,
  message: string,
  details: { max: number; found?: number | undefined; cheaperRead?: string | undefined },
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: CODE_OF_LIMIT[limit], limit, ...details, ...REFUSED },
  });
}

/** An argument out of its range, found before the operation runs (no path yet: refused whole). */
export function badArgument(message: string, field: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, reason: "validation", field, ...REFUSED },
  });
}

/** A request that cannot be served as sent (e.g. a subscription over HTTP). */
export function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, ...REFUSED } });
}

/**
 * What a read of a request that has ended answers: its time ran out (REQUEST_TIMEOUT, refused
 * with 400, never a 5xx), or its client went away (nobody reads the answer).
 */
export function requestEnded(reason: "timeout" | "closed", timeoutMs: number): GraphQLError {
  return reason === "timeout"
    ? new GraphQLError(`the request took longer than its ${timeoutMs} ms: ask for less`, {
        extensions: { code: ErrorCode.REQUEST_TIMEOUT, timeoutMs, ...REFUSED },
      })
    : new GraphQLError("the client closed the request", {
        extensions: { code: ErrorCode.REQUEST_CLOSED, ...REFUSED },
      });
}

/**
 * A command whose request ended (its time ran out, its client left) before its group was
 * written: withdrawn, nothing written; or while it was being written: it may be, and sending it
 * again with the same command id executes it at most once.
 */
export function commandAbandoned(
  error: UnitAbandoned,
  timeoutMs: number,
  commandId?: string,
): GraphQLError {
  const timedOut = error.reason !== "closed";
  const ended = timedOut
    ? `the request took longer than its ${timeoutMs} ms`
    : "the client closed the request";
  const what =
    error.written === "no"
      ? "the command was not written (it was still waiting for the database): send it again"
      : `the command may have been written: send it again with the same commandId${commandId ? ` ("${commandId}")` : ""} and it is executed once`;
  return new GraphQLError(`${ended}; ${what}`, {
    extensions: {
      code: timedOut ? ErrorCode.REQUEST_TIMEOUT : ErrorCode.REQUEST_CLOSED,
      ...(timedOut ? { timeoutMs } : {}),
      written: error.written === "no" ? false : null,
      ...(commandId ? { commandId } : {}),
      ...REFUSED,
    },
  });
}

/** HTTP errors before GraphQL (body parsing): their status and code. */
export function httpErrorCode(status: number): ErrorCode {
  if (status === 413) return ErrorCode.PAYLOAD_TOO_LARGE;
  if (status === 415) return ErrorCode.UNSUPPORTED_MEDIA_TYPE;
  if (status >= 400 && status < 500) return ErrorCode.BAD_REQUEST;
  return ErrorCode.INTERNAL_SERVER_ERROR;
}

/** graphql-js's own token limit (parseOptions.maxTokens): a parse error, known by its words. */
// ("more that": graphql-js 16's own spelling.)
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/** The parse error of a document over the token limit, as that limit's refusal (else undefined). */
export function tokenLimitExceeded(message: string): GraphQLError | undefined {
  const tokens = TOKEN_LIMIT.exec(message);
  return tokens
    ? limitExceeded("tokens", `the document has more than ${tokens[1]} tokens`, {
        max: Number(tokens[1]),
      })
    : undefined;
}
