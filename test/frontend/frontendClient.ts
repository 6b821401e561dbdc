import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { StartedServer } from "../../src/server/ApiServer";
import { apolloCacheUnderTest } from "./apolloCacheUnderTest";
import type { CacheUnderTest } from "./cacheChecker";
import { apolloClient, urqlClient } from "./clients";
import { urqlCacheUnderTest } from "./urqlCacheUnderTest";

type Variables = Record<string, unknown>;

/**
 * What the views of a frontend do with a client, the same for Apollo Client and urql: queries
 * through its cache (checked by CacheSequence), mutations, subscriptions.
 */
export interface FrontendClient {
  readonly name: string;
  readonly cache: CacheUnderTest;
  mutate<TData, TVariables extends Variables>(
    mutation: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData>;
  /** Subscribes; the returned function unsubscribes (graphql-ws then closes its socket). */
  subscribe<TData, TVariables extends Variables>(
    subscription: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    observer: { next(data: TData): void; error(error: unknown): void },
  ): () => void;
  stop(): void;
}

export type FrontendClientFactory = (
  server: StartedServer,
  token?: string,
) => Promise<FrontendClient>;

export const apolloFrontend: FrontendClientFactory = async (server, token) => {
  const client = await apolloClient(server, token);
  return {
    name: "Apollo Client",
    cache: apolloCacheUnderTest(client),
    async mutate(mutation, variables) {
      const { data } = await client.mutate({ mutation, variables });
      return data!;
    },
    subscribe(subscription, variables, observer) {
      const running = client.subscribe({ query: subscription, variables }).subscribe({
        next: (result) =>
          result.error ? observer.error(result.error) : observer.next(result.data as never),
        error: (error: unknown) => observer.error(error),
      });
      return () => running.unsubscribe();
    },
    stop: () => client.stop(),
  };
};

export const urqlFrontend: FrontendClientFactory = async (server, token) => {
  const client = await urqlClient(server, token);
  return {
    name: "urql",
    cache: urqlCacheUnderTest(client),
    async mutate(mutation, variables) {
      const result = await client.mutation(mutation, variables).toPromise();
      if (result.error) throw result.error;
      return result.data!;
    },
    subscribe(subscription, variables, observer) {
      const running = client.subscription(subscription, variables).subscribe((result) => {
        if (result.error) observer.error(result.error);
        else if (result.data) observer.next(result.data);
      });
      return () => running.unsubscribe();
    },
    stop: () => undefined,
  };
};

export const FRONTEND_CLIENTS: [string, FrontendClientFactory][] = [
  ["Apollo Client", apolloFrontend],
  ["urql", urqlFrontend],
];
