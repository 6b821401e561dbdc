import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "pino";
import type { GraphQLContext } from "../graphql/context";

/** Logs each operation once it is answered: its name, type, duration and error codes. */
export function loggingPlugin(log: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const codes = errors?.map((e) => e.extensions?.code ?? "UNKNOWN");
          log.info(
            {
              operationName: operationName ?? null,
              operation: operation?.operation ?? null,
              ms: Math.round(performance.now() - started),
              ...(codes?.length ? { errors: codes } : {}),
            },
            "graphql",
          );
        },
      };
    },
  };
}
