import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { isSubscriptionOperation, relayStylePagination } from "@apollo/client/utilities";
import { createClient } from "graphql-ws";
import introspection from "../generated/possibleTypes";
import type { ConnectionStatus } from "../live/connectionStatus";

/** The API's URLs, on the page's own origin (the explorer is served by the API). */
export function apiUrls(location: Location = window.location): { http: string; ws: string } {
  const http = new URL("/graphql", location.href);
  const ws = new URL(http);
  ws.protocol = http.protocol === "https:" ? "wss:" : "ws:";
  return { http: http.href, ws: ws.href };
}

/**
 * The explore reads' connections: one list per set of arguments but `first` and `after`, whose
 * pages (asked for with fetchMore, after the last cursor) are appended to it. Their cursors are
 * keys, so a page asked for after facts were inserted still follows the one before. An entity's
 * incidents are a field of the entity, which the cache keys by id: one list per entity (and, for
 * a person, per `validOn`), on each kind of hardware (the Hardware union's members).
 */
const incidentsOfHardware = { fields: { incidentsIncludingPartsPage: relayStylePagination([]) } };
const typePolicies = {
  Query: {
    fields: {
      timelineConnection: relayStylePagination(["about", "from", "until", "asOfPosition"]),
      relationsConnection: relayStylePagination(["type", "from", "to", "asOfPosition", "validOn"]),
      searchConnection: relayStylePagination(["phrase", "syntax", "fuzzy"]),
      sourcesConnection: relayStylePagination(["factId"]),
    },
  },
  Person: { fields: { incidentsPage: relayStylePagination(["validOn"]) } },
  ...Object.fromEntries(
    (introspection.possibleTypes.Hardware ?? []).map((kind) => [kind, incidentsOfHardware]),
  ),
};

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
