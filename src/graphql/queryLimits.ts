import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLArmorCallbackConfiguration } from "@escape.tech/graphql-armor-types";
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  execute,
  parse,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import type { ServerOptions } from "graphql-ws";
import type { RequestLimits } from "../config/serverSettings";
import { cheaperRead } from "./cheaperReads";
import { checkOperation } from "./checkOperation";
import { badRequest, limitExceeded, tokenLimitExceeded, type QueryLimit } from "./errors";
import { RequestScope } from "./RequestScope";

/** A limit of graphql-armor reported as ours: its code, and 400 (armor would throw, or say BAD_USER_INPUT). */
function rejectAs(limit: QueryLimit, max: number): GraphQLArmorCallbackConfiguration {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        // A selection too deep or too wide often asks what a purpose-built read answers.
        const cheaper =
          context && (limit === "depth" || limit === "aliases")
            ? cheaperRead(context.getDocument())
            : undefined;
        context?.reportError(
          limitExceeded(
            limit,
            `${error.message.replace(/^Syntax Error: /, "")}${cheaper ? `; ${cheaper.says}` : ""}`,
            {
              max,
              found: found === undefined ? undefined : Number(found),
              cheaperRead: cheaper?.read,
            },
          ),
        );
      },
    ],
  };
}

export interface QueryLimits {
  /** For ApolloServer's options. */
  apollo: {
    validationRules: ValidationRule[];
    parseOptions: { maxTokens: number };
    introspection: boolean;
    plugins: ApolloServerPlugin[];
  };
  /** For graphql-ws's useServer: the same limits and time for operations over WebSocket. */
  graphqlWs: Pick<ServerOptions, "onSubscribe" | "execute" | "onError">;
}

/**
 * Every limit of a request (docs/operating.md, "Limits"), for both ways in: HTTP (Apollo) and
 * graphql-ws.
 *  - before execution, without the variables: tokens (graphql-js's parser stops past them),
 *    selection depth, aliases and directives (graphql-armor's validation rules), introspection;
 *  - before execution, with them: input nesting, page sizes and the estimated cost
 *    (checkOperation);
 *  - during: the request's time (RequestScope, entered per HTTP request by createHttpApp).
 */
export function queryLimits(
  schema: GraphQLSchema,
  settings: { limits: RequestLimits; introspection: boolean },
): QueryLimits {
  const { limits, introspection } = settings;
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...rejectAs("depth", limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, ...rejectAs("aliases", limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, ...rejectAs("directives", limits.maxDirectives) },
    // Weighed by queryCost.ts instead, field by field, with the variables' values.
    costLimit: { enabled: false },
    // graphql-js's own maxTokens instead: armor's plugin answers a syntax error with a 500
    // (graphql-armor issue 751).
    maxTokens: { enabled: false },
    // Suggestions ("Did you mean ...?") would tell what introspection does not.
    blockFieldSuggestion: { enabled: !introspection },
  }).protect();
  // Apollo refuses introspection itself (its `introspection` option); graphql-ws needs the rule.
  const wsRules = [
    ...specifiedRules,
    ...armor.validationRules,
    ...(introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  const parseOptions = { maxTokens: limits.maxTokens };

  const operationChecks: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation?.operation === "subscription") {
            throw badRequest(
              "subscriptions are served over WebSocket (graphql-ws, subprotocol graphql-transport-ws) at this same path, not over HTTP",
            );
          }
          const refused = checkOperation({
            schema,
            document,
            operationName: request.operationName,
            variables: request.variables,
            limits,
          });
          if (refused) throw refused;
        },
      };
    },
  };

  return {
    apollo: {
      validationRules: armor.validationRules,
      parseOptions,
      introspection,
      plugins: [...armor.plugins, operationChecks],
    },
    graphqlWs: {
      onSubscribe: (_context, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, parseOptions);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return [tokenLimitExceeded(message) ?? new GraphQLError(message)];
        }
        const errors = validate(schema, document, wsRules);
        if (errors.length > 0) return [...errors];
        const refused = checkOperation({
          schema,
          document,
          operationName: payload.operationName,
          variables: payload.variables,
          limits,
        });
        if (refused) return [refused];
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      // A query or mutation over WebSocket has the time of one over HTTP (a subscription, which
      // lives as long as its client wants, does not go through execute).
      execute: async (args: ExecutionArgs) => {
        const scope = new RequestScope(limits.requestTimeoutMs);
        try {
          return await scope.run(() => execute(args));
        } finally {
          scope.end("done");
        }
      },
      // What HTTP answers without it: no `http` extension, and a limit's own code.
      onError: (_context, _id, _payload, errors) =>
        errors.map((error) => {
          const { http: _http, ...extensions } = error.extensions;
          return { ...error.toJSON(), extensions };
        }),
    },
  };
}
