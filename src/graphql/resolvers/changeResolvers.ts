import DataLoader from "dataloader";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import type { FactChange } from "../../changes/FactChange";
import { FactChangeFeed, type FeedSources } from "../../changes/FactChangeFeed";
import { graphReads, type RelationRead } from "../../changes/graphReads";
import { readChanges } from "../../changes/readChanges";
import type { ApiServices, GraphQLContext } from "../context";
import type { Resolvers } from "../generated/resolvers-types";
import { readProjectedNodes } from "../readYourWrites";
import type { ProjectedNode } from "./payloadModels";
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

type NodeRead = NonNullable<FactChange["current"]> & { typename: string };

/**
 * One loader per request and `node` selection: the nodes of a page are read in one generated
 * read per root field (entities, incidents...), not one each. Batching only (no cache): a
 * subscription's later records must read the node again.
 */
const nodeLoaders = new WeakMap<
  GraphQLContext,
  WeakMap<FieldNode, DataLoader<NodeRead, ProjectedNode | null>>
>();

function nodeLoader(context: GraphQLContext, info: GraphQLResolveInfo) {
  const byField = nodeLoaders.get(context) ?? new WeakMap();
  nodeLoaders.set(context, byField);
  const field = info.fieldNodes[0]!;
  const known = byField.get(field);
  if (known) return known;
  const loader = new DataLoader<NodeRead, ProjectedNode | null>(
    async (reads) => {
      const idsByRead = new Map<string, Set<string>>();
      for (const read of reads)
        idsByRead.set(read.read, (idsByRead.get(read.read) ?? new Set()).add(read.id));
      const found = new Map<string, ProjectedNode | null>();
      await Promise.all(
        [...idsByRead].map(async ([root, unique]) => {
          const ids = [...unique];
          const nodes = await readProjectedNodes(info, context, root, ids);
          ids.forEach((id, index) => found.set(`${root}/${id}`, nodes[index] ?? null));
        }),
      );
      return reads.map((read) => {
        const node = found.get(`${read.read}/${read.id}`);
        // The union's members resolve by __resolveType, as @neo4j/graphql's own unions do.
        return node ? { ...node, __resolveType: read.typename } : null;
      });
    },
    { cache: false },
  );
  byField.set(field, loader);
  return loader;
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
        : nodeLoader(context, info).load({ ...change.current, typename: change.typename }),
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
