import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { isSubscriptionOperation } from "@apollo/client/utilities";
import { createClient } from "graphql-ws";
import introspection from "../generated/possibleTypes";
import type { ConnectionStatus } from "../live/connectionStatus";
import { typePolicies } from "./typePolicies";

/** The API's URLs, on the page's own origin (the explorer is served by the API). */
export function apiUrls(location: Location = window.location): { http: string; ws: string } {
  const http = new URL("/graphql", location.href);
  const ws = new URL(http);
  ws.protocol = http.protocol === "https:" ? "wss:" : "ws:";
  return { http: http.href, ws: ws.href };
}

/**
 * Apollo Client over the API: queries over HTTP, subscriptions over graphql-ws. The cache is
 * normalised by id: every type of the API with an id shows the same fields for one id whatever
 * the query (the API's cache-safe shapes), and possibleTypes, generated from the SDL, lets it
 * match fragments on interfaces and unions (Entity, Hardware, Actor...).
 */
export function createApolloClient(connection: ConnectionStatus, urls = apiUrls()): ApolloClient {
  const http = new HttpLink({ uri: urls.http });
  const ws = new GraphQLWsLink(
    createClient({
      url: urls.ws,
      // Reads are open: no credential. Reconnect for as long as the page is open (a restarted
      // API, a laptop waking up): graphql-ws subscribes again with the same variables.
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      on: {
        connected: () => connection.set(true),
        closed: () => connection.set(false),
      },
    }),
  );
  return new ApolloClient({
    link: ApolloLink.split(({ query }) => isSubscriptionOperation(query), ws, http),
    cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes, typePolicies }),
  });
}
