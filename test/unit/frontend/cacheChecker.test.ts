import { ApolloClient, ApolloLink, InMemoryCache, gql } from "@apollo/client";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { of } from "rxjs";
import { apolloCacheUnderTest } from "../../frontend/apolloCacheUnderTest";
import { CacheSequence, differencesBetween, step } from "../../frontend/cacheChecker";

/** A client over canned answers, by operation and variables: no server. */
function clientAnswering(
  answers: Record<string, Record<string, unknown>>,
  possibleTypes: Record<string, string[]> = {},
): ApolloClient {
  return new ApolloClient({
    cache: new InMemoryCache({ possibleTypes }),
    link: new ApolloLink((operation) =>
      of({ data: answers[`${operation.operationName} ${JSON.stringify(operation.variables)}`] }),
    ),
  });
}

const node = (id: string, distance: number) => ({
  __typename: "GraphNode",
  id,
  label: id.toUpperCase(),
  distance,
});

// A node with an id that carries its distance from where the query started: unsafe to normalise.
const Unsafe: TypedDocumentNode<unknown, { from: string }> = gql`
  query Unsafe($from: ID!) {
    hops(from: $from) {
      id
      label
      distance
    }
  }
`;

// The same answer, cache-safe: the distance belongs to the place in the answer, not to the node.
const Safe: TypedDocumentNode<unknown, { from: string }> = gql`
  query Safe($from: ID!) {
    hops(from: $from) {
      distance
      node {
        id
        label
      }
    }
  }
`;

describe("the cache checker", () => {
  it("compares answers field by field, naming the path", () => {
    expect(differencesBetween({ a: [{ b: 1 }, { b: 2 }] }, { a: [{ b: 1 }, { b: 3 }] })).toEqual([
      { path: "a[1].b", network: 2, cache: 3 },
    ]);
    expect(differencesBetween({ a: [1, 2] }, { a: [1] })).toEqual([
      { path: "a.length", network: 2, cache: 1 },
    ]);
    expect(differencesBetween({ a: 1, b: 2 }, { a: 1 })).toEqual([
      { path: "b", network: 2, cache: "(missing)" },
    ]);
    expect(differencesBetween({ a: { b: [null] } }, { a: { b: [null] } })).toEqual([]);
  });

  it("catches a field of an earlier answer overwritten by a later one", async () => {
    const client = clientAnswering({
      [`Unsafe {"from":"a"}`]: { hops: [node("x", 1), node("y", 2)] },
      [`Unsafe {"from":"b"}`]: { hops: [node("y", 1), node("x", 2)] },
    });
    const sequence = new CacheSequence(apolloCacheUnderTest(client));
    const first = await sequence.run(step("from a", Unsafe, { from: "a" }));
    expect(first).toEqual({ hops: [node("x", 1), node("y", 2)] });
    expect(sequence.differences).toEqual([]);
    await sequence.run(step("from b", Unsafe, { from: "b" }));
    expect(sequence.differences).toEqual([
      { after: "from b", step: "from a", path: "hops[0].distance", network: 1, cache: 2 },
      { after: "from b", step: "from a", path: "hops[1].distance", network: 2, cache: 1 },
    ]);
    expect(() => sequence.assertCacheSafe()).toThrow(
      /after "from b", "from a" at hops\[0\]\.distance: the network said 1, Apollo Client's cache says 2/,
    );
  });

  it("passes the same answers in a cache-safe shape", async () => {
    const hop = (id: string, distance: number) => ({
      __typename: "Hop",
      distance,
      node: { __typename: "GraphNode", id, label: id.toUpperCase() },
    });
    const client = clientAnswering({
      [`Safe {"from":"a"}`]: { hops: [hop("x", 1), hop("y", 2)] },
      [`Safe {"from":"b"}`]: { hops: [hop("y", 1), hop("x", 2)] },
    });
    const sequence = new CacheSequence(apolloCacheUnderTest(client));
    await sequence.run(step("from a", Safe, { from: "a" }));
    await sequence.run(step("from b", Safe, { from: "b" }));
    expect(() => sequence.assertCacheSafe()).not.toThrow();
  });

  it("catches what the cache cannot give back: a fragment on an interface without possibleTypes", async () => {
    const Operated: TypedDocumentNode<unknown, Record<string, never>> = gql`
      query Operated {
        operates {
          ... on Entity {
            id
            name
          }
        }
      }
    `;
    const answer = { operates: [{ __typename: "Module", id: "zvezda", name: "Zvezda" }] };
    const without = new CacheSequence(
      apolloCacheUnderTest(clientAnswering({ "Operated {}": answer })),
    );
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await without.run(step("operated", Operated, {}));
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
    expect(without.differences.map((d) => d.path)).toEqual(
      expect.arrayContaining(["operates[0].id", "operates[0].name"]),
    );
    const withTypes = new CacheSequence(
      apolloCacheUnderTest(clientAnswering({ "Operated {}": answer }, { Entity: ["Module"] })),
    );
    await withTypes.run(step("operated", Operated, {}));
    expect(withTypes.differences).toEqual([]);
  });
});
