import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { DomainError, type DomainErrorKind } from "../domain/DomainError";
import { RebuildInProgressError } from "../eventstore/RebuildInProgressError";
import { isNeo4jUnavailable } from "../neo4j/isNeo4jUnavailable";

/** The one mapping from errors of the domain and the service to GraphQL error codes. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const CODE_OF_KIND: Record<DomainErrorKind, ErrorCode> = {
  validation: ErrorCode.BAD_USER_INPUT,
  not_found: ErrorCode.NOT_FOUND,
  already_exists: ErrorCode.CONFLICT,
  illegal_state: ErrorCode.CONFLICT,
  concurrency: ErrorCode.CONFLICT,
};

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

export function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, reason: "validation", field },
  });
}

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
      return {
        ...formatted,
        ...domainErrorToGraphQL(original, "input").toJSON(),
        path: formatted.path,
      };
    }
    if (original instanceof RebuildInProgressError) {
      return {
        ...formatted,
        message: original.message,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
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
