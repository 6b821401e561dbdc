import DataLoader from "dataloader";
import type { FactChange } from "../../changes/FactChange";
import { FactChangeFeed, type FeedSources } from "../../changes/FactChangeFeed";
import { graphReads, type RelationRead } from "../../changes/graphReads";
import { readChanges } from "../../changes/readChanges";
import type { ApiServices, GraphQLContext } from "../context";
import type { Resolvers } from "../generated/resolvers-types";
import { projectedNodeLoader } from "../projectedNodeLoader";
import type { RelationFact as RelationFactModel } from "../../explore/graphShapes";

/** The log's pages of changes, the graph's entity kinds and the wake-ups of appends. */
function sourcesOf({ store, driver, database, bookmarks }: ApiServices): FeedSources {
  return {
    streamChanges: (after, limit, window) => store.streamChanges(after, limit, window),
    entityKinds: (ids) => graphReads(driver, database, bookmarks).entityKinds(ids),
    head: () => store.head(),
    nextAppend: (timeoutMs, signal) => store.nextAppend(timeoutMs, signal),
  };
}

/** One loader per request: the current versions of a page's relations in one query. */
const relationLoaders = new WeakMap<
  GraphQLContext,
  DataLoader<RelationRead, RelationFactModel | null>
>();

function relationLoader(context: GraphQLContext) {
  const known = relationLoaders.get(context);
  if (known) return known;
  const { driver, database, bookmarks } = context.services;
  const loader = new DataLoader<RelationRead, RelationFactModel | null>(
    async (relations) => {
      const found = await graphReads(driver, database, bookmarks).relations(relations);
      return relations.map((relation) => found.get(relation.id) ?? null);
    },
    { cache: false },
  );
  relationLoaders.set(context, loader);
  return loader;
}

/** changes and factChanges: what changed after a position, each fact once, as it is now. */
export const changeResolvers: Resolvers = {
  Query: {
    changes: (_root, { since, first, after }, { services }) =>
      readChanges(sourcesOf(services), { since, first, after }),
  },
  Subscription: {
    factChanges: {
      // A position out of range is refused as the query refuses it, before anything streams.
      subscribe: async (_root, { fromPosition }, { services }) => {
        const sources = sourcesOf(services);
        if (fromPosition !== null && fromPosition !== undefined)
          await readChanges(sources, { since: fromPosition, first: 1 }, "fromPosition");
        return new FactChangeFeed(sources, fromPosition ?? undefined);
      },
      resolve: (change: FactChange) => change,
    },
  },
  FactChange: {
    node: (change, _args, context, info) =>
      change.current === null || change.current.read === "relation"
        ? null
        : projectedNodeLoader(context, info).load({ ...change.current, typename: change.typename }),
    relation: (change, _args, context) =>
      change.current?.read === "relation" && change.current.ends
        ? relationLoader(context).load({ id: change.current.id, ...change.current.ends })
        : null,
    tombstone: (change) =>
      change.kind === "RETRACTED"
        ? { id: change.factId, typename: change.typename, position: change.position }
        : null,
  },
};
