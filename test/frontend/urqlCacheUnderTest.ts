import type { Client } from "@urql/core";
import type { CacheRead, CacheUnderTest, Step } from "./cacheChecker";

/**
 * urql's cache under test. Its default cacheExchange is a document cache: it hands the network's
 * answer on as it came and keeps it whole, by query and variables, so what `client.query`
 * answers is the network's.
 */
export function urqlCacheUnderTest(client: Client): CacheUnderTest {
  return {
    name: "urql",
    async fetch(step: Step): Promise<unknown> {
      const result = await client
        .query(step.query, step.variables as Record<string, unknown>, {
          requestPolicy: "network-only",
        })
        .toPromise();
      if (result.error) throw result.error;
      return result.data;
    },
    read(step: Step): CacheRead {
      const result = client.readQuery(step.query, step.variables as Record<string, unknown>);
      return { complete: result?.data !== undefined, data: result?.data ?? null };
    },
  };
}
