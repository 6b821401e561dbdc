import { ApolloLink, type ApolloClient } from "@apollo/client";
import { getOperationAST } from "graphql";
import { tap } from "rxjs";
import type { CacheRead, CacheUnderTest, Step } from "./cacheChecker";

/**
 * Apollo Client's InMemoryCache under test. What the network answered is recorded by a link put
 * in front of the client's own: `client.query` answers what it reads back from its cache after
 * writing the network's answer, which would hide the very overwrites the check looks for.
 */
export function apolloCacheUnderTest(client: ApolloClient): CacheUnderTest {
  const answers = new Map<string, unknown>();
  const keyOf = (operationName: string | undefined, variables: unknown) =>
    `${operationName ?? ""} ${JSON.stringify(variables ?? {})}`;
  const recorder = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap((result) => {
        if ("data" in result)
          answers.set(
            keyOf(operation.operationName, operation.variables),
            structuredClone(result.data),
          );
      }),
    ),
  );
  client.setLink(ApolloLink.from([recorder, client.link]));

  return {
    name: "Apollo Client",
    async fetch(step: Step): Promise<unknown> {
      const key = keyOf(getOperationAST(step.query)?.name?.value, step.variables);
      answers.delete(key);
      await client.query({
        query: step.query,
        variables: step.variables as Record<string, unknown>,
        fetchPolicy: "network-only",
      });
      if (!answers.has(key)) throw new Error(`no network answer was recorded for ${key}`);
      return answers.get(key);
    },
    read(step: Step): CacheRead {
      const options = { query: step.query, variables: step.variables as Record<string, unknown> };
      const data = client.cache.readQuery(options);
      if (data !== null) return { complete: true, data };
      // What it has, to name what it lacks.
      const partial = client.cache.diff({ ...options, returnPartialData: true, optimistic: false });
      return { complete: false, data: partial.result ?? null };
    },
  };
}
