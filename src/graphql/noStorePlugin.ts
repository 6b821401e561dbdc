import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";

/**
 * Every GraphQL answer is `Cache-Control: no-store`: the graph changes with every command, and
 * no field declares a cache hint. Apollo's own cache-control plugin, on by default, reaches the
 * same header by wrapping every field's resolver to compute a policy from hints that do not
 * exist; on a neighbourhood of 500 edges that took about 2 ms a request, so it is disabled here.
 */
export function noStorePlugins(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set("cache-control", "no-store");
          },
        };
      },
    },
  ];
}
