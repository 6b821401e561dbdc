/**
 * The sequences issue 10 names as corrupting a normalised cache: before the schema was cache-safe,
 * types with an `id` carried fields that depend on the query (a node's distance, a hit's score, a
 * relation's version), and Apollo Client's InMemoryCache, which merges the objects of one id,
 * read an earlier answer back with a later one's values (the checker caught each: path distances
 * 0/2/1/0 for 0/1/2/3, a search's score, a relation's role). Now what depends on the query wraps
 * the node and each relation version has an id of its own: every answer reads back as it came,
 * with Apollo Client as with urql.
 */
import { CacheSequence, step } from "./cacheChecker";
import { clientsForTests } from "./clientsForTests";
import { FRONTEND_CLIENTS } from "./frontendClient";
import {
  CorrectRelationDocument,
  NeighbourhoodOfDocument,
  PathBetweenDocument,
  RelationVersionsDocument,
  SearchHitsDocument,
  type NeighbourhoodOfQuery,
  type PathBetweenQuery,
  type SearchHitsQuery,
} from "../generated/graphql";

const ARTICLE = "iss-leaks-ap-2024-02-29";

/** A node of a path or neighbourhood, with its distance. */
const nodeAt = (
  subgraph: PathBetweenQuery["path"] | NeighbourhoodOfQuery["neighbourhood"],
  id: string,
) => {
  const placed = subgraph?.nodes.find((candidate) => candidate.node.id === id);
  return placed && { id: placed.node.id, distance: placed.distance };
};

/** A search's hit of a node, with its score. */
const hitOf = (hits: SearchHitsQuery["search"], id: string) => {
  const hit = hits.find((candidate) => candidate.node.id === id);
  return hit && { id: hit.node.id, score: hit.score, matched: hit.matched };
};

describe.each(FRONTEND_CLIENTS)(
  "the sequences that corrupted a normalised cache, with %s",
  (_name, create) => {
    const ctx = clientsForTests(create);

    /**
     * A sequence of the reader's queries: `answers` checks what they answered; then, in a test of
     * its own, the cache must give every answer back as it came (`intact`).
     */
    function cacheSequence(
      title: string,
      answers: string,
      intact: string,
      run: (sequence: CacheSequence) => Promise<void>,
    ) {
      describe(title, () => {
        let sequence: CacheSequence | undefined;
        it(answers, async () => {
          sequence = new CacheSequence(ctx.reader.cache);
          await run(sequence);
        });
        it(intact, () => {
          sequence!.assertCacheSafe();
        });
      });
    }

    cacheSequence(
      'path(from: "satoshi-furukawa", to: "nauka"), then neighbourhood(id: "nauka", depth: 2)',
      "answers Nauka at distance 3 on the path and 0 in its neighbourhood",
      "leaves the path's distances intact in the cache",
      async (sequence) => {
        const { path } = await sequence.run(
          step("path satoshi-furukawa -> nauka", PathBetweenDocument, {
            from: "satoshi-furukawa",
            to: "nauka",
          }),
        );
        const { neighbourhood } = await sequence.run(
          step("neighbourhood of nauka, depth 2", NeighbourhoodOfDocument, {
            id: "nauka",
            depth: 2,
          }),
        );
        expect(nodeAt(path, "nauka")).toEqual({ id: "nauka", distance: 3 });
        expect(nodeAt(neighbourhood, "nauka")).toEqual({ id: "nauka", distance: 0 });
      },
    );

    cacheSequence(
      "two searches finding the same node with different scores",
      "answers Zvezda with a score of each search's own",
      "leaves each search's scores intact in the cache",
      async (sequence) => {
        const one = await sequence.run(
          step("search: Zvezda", SearchHitsDocument, { phrase: "Zvezda" }),
        );
        const two = await sequence.run(
          step("search: Zvezda module leak", SearchHitsDocument, { phrase: "Zvezda module leak" }),
        );
        const first = hitOf(one.search, "zvezda");
        const second = hitOf(two.search, "zvezda");
        expect(first).toBeDefined();
        expect(second).toBeDefined();
        expect(first!.score).not.toBe(second!.score);
      },
    );

    cacheSequence(
      "relations returning the current and a historical version of one relation",
      "answers each version with its own role",
      "leaves the current version intact in the cache",
      async (sequence) => {
        const before = await ctx.server.services.store.head();
        await ctx.writer.mutate(CorrectRelationDocument, {
          input: {
            factId: "relation-furukawa-member-of-jaxa",
            changes: { role: "flight engineer" },
            reason: "a later article names his role",
            source: { articleId: ARTICLE, quote: "Japanese astronaut Satoshi Furukawa" },
          },
        });
        const variables = { from: "satoshi-furukawa", type: "MEMBER_OF" as const };
        const now = await sequence.run(step("relations now", RelationVersionsDocument, variables));
        const then = await sequence.run(
          step("relations as known before the correction", RelationVersionsDocument, {
            ...variables,
            asOfPosition: before,
          }),
        );
        expect(now.relations.map((r) => [r.factId, r.role])).toEqual([
          ["furukawa-member-of-jaxa", "flight engineer"],
        ]);
        expect(then.relations.map((r) => [r.factId, r.role])).toEqual([
          ["furukawa-member-of-jaxa", "astronaut"],
        ]);
        // Two versions of one relation: two ids.
        expect(now.relations[0]!.id).not.toBe(then.relations[0]!.id);
      },
    );
  },
);
