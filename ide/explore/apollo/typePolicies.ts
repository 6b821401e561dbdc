import type { FieldPolicy, TypePolicies } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import introspection from "../generated/possibleTypes";

type KeyArgs = Parameters<typeof relayStylePagination>[0];

/**
 * relayStylePagination, but a first page read again keeps the pages read after it. The explorer
 * refetches every query it shows after each burst of live events (LiveUpdates), with the
 * variables each was opened with: the first page only. relayStylePagination then replaces the
 * list with that page, and a person who had asked for "More" three times is back at the top.
 * Here, when the new first page ends at an edge the list holds (its cursors are keys, which name
 * one place in the order however facts are inserted), the edges after that one stay behind it:
 * an entry inserted or retracted within the first page shows at once, and what followed follows
 * still. One inserted among the later pages shows when the page is opened again; its place is
 * behind the cursor that "More" asks after.
 */
export function pagesKeptOnRefetch(keyArgs: KeyArgs): FieldPolicy {
  const policy = relayStylePagination(keyArgs);
  const merge = policy.merge;
  if (typeof merge !== "function") throw new Error("relayStylePagination has no merge function");
  const keepLaterPages: typeof merge = (existing, incoming, options) => {
    const merged = merge(existing, incoming, options);
    if (!merged || !existing?.edges.length || options.args?.after || options.args?.before)
      return merged;
    const end = merged.edges.at(-1)?.cursor;
    const at = end === undefined ? -1 : existing.edges.findIndex((edge) => edge.cursor === end);
    if (at < 0 || at === existing.edges.length - 1) return merged;
    return {
      ...merged,
      edges: [...merged.edges, ...existing.edges.slice(at + 1)],
      pageInfo: {
        ...merged.pageInfo,
        hasNextPage: existing.pageInfo.hasNextPage,
        endCursor: existing.pageInfo.endCursor,
      },
    };
  };
  return { ...policy, merge: keepLaterPages };
}

/**
 * The explore reads' connections: one list per set of arguments but `first` and `after`, whose
 * pages (asked for with fetchMore, after the last cursor) are appended to it. Their cursors are
 * keys, so a page asked for after facts were inserted still follows the one before. An entity's
 * incidents are a field of the entity, which the cache keys by id: one list per entity (and, for
 * a person, per `validOn`), on each kind of hardware (the Hardware union's members).
 */
const incidentsOfHardware = { fields: { incidentsIncludingPartsPage: pagesKeptOnRefetch([]) } };
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      timelineConnection: pagesKeptOnRefetch(["about", "from", "until", "asOfPosition"]),
      relationsConnection: pagesKeptOnRefetch(["type", "from", "to", "asOfPosition", "validOn"]),
      searchConnection: pagesKeptOnRefetch(["phrase", "syntax", "fuzzy"]),
      sourcesConnection: pagesKeptOnRefetch(["factId"]),
    },
  },
  Person: { fields: { incidentsPage: pagesKeptOnRefetch(["validOn"]) } },
  ...Object.fromEntries(
    (introspection.possibleTypes.Hardware ?? []).map((kind) => [kind, incidentsOfHardware]),
  ),
};
