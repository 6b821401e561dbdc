import DataLoader from "dataloader";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "./context";
import { readProjectedNodes } from "./readYourWrites";
import type { ProjectedNode } from "./resolvers/payloadModels";

/** A node to read: its generated read (entities, incidents...), its id, and its GraphQL type. */
export interface NodeRead {
  read: string;
  id: string;
  typename: string;
}

/**
 * One loader per request and `node` selection: the nodes of a page (of changes, of incidents)
 * are read in one generated read per root field (entities, incidents...), not one each.
 * Batching only (no cache): a subscription's later records must read the node again.
 */
const nodeLoaders = new WeakMap<
  GraphQLContext,
  WeakMap<FieldNode, DataLoader<NodeRead, ProjectedNode | null>>
>();

export function projectedNodeLoader(context: GraphQLContext, info: GraphQLResolveInfo) {
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
