import type { Resolvers } from "../generated/resolvers-types";

/** The custom reads of explore.graphql; the Cypher lives in src/explore/GraphExplorer. */
export const exploreResolvers: Resolvers = {
  Query: {
    neighbourhood: (_root, { id, depth, limit, asOfPosition, validOn }, { services }) =>
      services.explorer.neighbourhood(id, depth, limit, { asOfPosition, validOn }),
    path: (_root, { from, to, maxDepth, asOfPosition, validOn }, { services }) =>
      services.explorer.path(from, to, maxDepth, { asOfPosition, validOn }),
    timeline: (_root, { about, from, until, asOfPosition }, { services }) =>
      services.explorer.timeline({ about, from, until }, { asOfPosition }),
    relations: (_root, { type, from, to, asOfPosition, validOn }, { services }) =>
      services.explorer.relations({ type, from, to }, { asOfPosition, validOn }),
    disputes: (_root, { about, from, until, asOfPosition }, { services }) =>
      services.explorer.disputes({ about, from, until }, { asOfPosition }),
    sources: (_root, { factId }, { services }) => services.explorer.sources(factId),
    search: (_root, { phrase, syntax, fuzzy, first }, { services }) =>
      services.explorer.search({ phrase, syntax, fuzzy }, first),
  },
  RelationFact: {
    from: (relation) => relation.fromNode,
    to: (relation) => relation.toNode,
  },
};
