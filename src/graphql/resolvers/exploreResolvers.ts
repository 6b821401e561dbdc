import { edgeDetails } from "../../explore/graphShapes";
import { sourceCitations, sourcesPage } from "../../explore/sourceCitations";
import type { Resolvers } from "../generated/resolvers-types";
import { selectedFields } from "../selectedFields";

/** The custom reads of explore.graphql; the Cypher lives in src/explore/GraphExplorer. */
export const exploreResolvers: Resolvers = {
  Query: {
    // The edges' fields are read as selected: a graph view asks for few of them, of many edges.
    neighbourhood: (_root, { id, depth, limit, asOfPosition, validOn }, { services }, info) =>
      services.explorer.neighbourhood(
        id,
        depth,
        limit,
        { asOfPosition, validOn },
        edgeDetails(selectedFields(info, ["edges"])),
      ),
    path: (_root, { from, to, maxDepth, asOfPosition, validOn }, { services }, info) =>
      services.explorer.path(
        from,
        to,
        maxDepth,
        { asOfPosition, validOn },
        edgeDetails(selectedFields(info, ["edges"])),
      ),
    timeline: (_root, { about, from, until, asOfPosition }, { services }) =>
      services.explorer.timeline({ about, from, until }, { asOfPosition }),
    relations: (_root, { type, from, to, asOfPosition, validOn }, { services }, info) =>
      services.explorer.relations(
        { type, from, to },
        { asOfPosition, validOn },
        edgeDetails(selectedFields(info)),
      ),
    timelineConnection: (_root, { about, from, until, asOfPosition, first, after }, { services }) =>
      services.explorer.timelinePage({ about, from, until }, { asOfPosition }, { first, after }),
    relationsConnection: (
      _root,
      { type, from, to, asOfPosition, validOn, first, after },
      { services },
      info,
    ) =>
      services.explorer.relationsPage(
        { type, from, to },
        { asOfPosition, validOn },
        { first, after },
        edgeDetails(selectedFields(info, ["edges", "node"])),
      ),
    disputes: (_root, { about, from, until, asOfPosition }, { services }) =>
      services.explorer.disputes({ about, from, until }, { asOfPosition }),
    sources: (_root, { factId }, { services }) =>
      sourceCitations(services.store, services.explorer.reader, factId),
    sourcesConnection: (_root, { factId, first, after }, { services }) =>
      sourcesPage(services.store, services.explorer.reader, factId, { first, after }),
    search: (_root, { phrase, syntax, fuzzy, first }, { services }) =>
      services.explorer.search({ phrase, syntax, fuzzy }, first),
    searchConnection: (_root, { phrase, syntax, fuzzy, first, after }, { services }) =>
      services.explorer.searchPage({ phrase, syntax, fuzzy }, { first, after }),
  },
  RelationFact: {
    from: (relation) => relation.fromNode,
    to: (relation) => relation.toNode,
  },
};
