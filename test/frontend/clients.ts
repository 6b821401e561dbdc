import type { ApolloClient } from "@apollo/client";
import type { Client } from "@urql/core";
import WebSocket from "ws";
import type { StartedServer } from "../../src/server/ApiServer";
import { loadGuideModule } from "./frontendsGuide";

// graphql-ws uses the global WebSocket, as in a browser; Node.js has one from 22 on.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket;

/** The API's host:port, where the frontends guide says 127.0.0.1:4000. */
function addressOf(server: StartedServer): string {
  return new URL(server.url).host;
}

/**
 * Apollo Client built by the frontends guide's own code (its "apollo" snippet), aimed at the test
 * server: the tests use what a frontend developer copies, not a copy of it.
 */
export async function apolloClient(server: StartedServer, token?: string): Promise<ApolloClient> {
  const guide = await loadGuideModule<{
    createApolloClient(token?: string): Promise<ApolloClient>;
  }>("apollo", addressOf(server));
  return guide.createApolloClient(token);
}

/** urql's Client built by the frontends guide's own code (its "urql" snippet), aimed at the server. */
export async function urqlClient(server: StartedServer, token?: string): Promise<Client> {
  const guide = await loadGuideModule<{ createUrqlClient(token?: string): Client }>(
    "urql",
    addressOf(server),
  );
  return guide.createUrqlClient(token);
}
