import { DomainError } from "../../domain/DomainError";
import { incidentsPage } from "../../explore/incidentPages";
import type { PageArguments } from "../../explore/pageCursor";
import { VOCABULARY } from "../../vocabulary/Vocabulary";
import type { GraphQLContext } from "../context";
import type { Resolvers } from "../generated/resolvers-types";
import { projectedNodeLoader } from "../projectedNodeLoader";

/**
 * The kinds with incidentsPage (those that may be crew) and incidentsIncludingPartsPage
 * (hardware). Not ...Connection: @neo4j/graphql reads a field so named as the connection of the
 * relationship field before it (incidents), and these are no relationships.
 */
const CREW_KINDS: readonly string[] = VOCABULARY.relations.CREW_OF?.from ?? [];
const HARDWARE_KINDS: readonly string[] = VOCABULARY.kindGroups.hardware ?? [];

/** A person's incidents, a page at a time (src/explore/incidentPages.ts). */
const personIncidents = (
  person: { id?: string | null },
  { validOn, ...page }: PageArguments & { validOn?: string | null },
  { services }: GraphQLContext,
) => incidentsPage(services.explorer.reader, { person: person.id ?? "", validOn }, page);

/** A piece of hardware's incidents and its parts', a page at a time. */
const hardwareIncidents = (
  hardware: { id?: string | null },
  page: PageArguments,
  { services }: GraphQLContext,
) => incidentsPage(services.explorer.reader, { hardware: hardware.id ?? "" }, page);

/** The connections on each kind that has them (a kind may be both, in another vocabulary). */
const onKinds = Object.fromEntries(
  [...new Set([...CREW_KINDS, ...HARDWARE_KINDS])].map((kind) => [
    kind,
    {
      ...(CREW_KINDS.includes(kind) ? { incidentsPage: personIncidents } : {}),
      ...(HARDWARE_KINDS.includes(kind) ? { incidentsIncludingPartsPage: hardwareIncidents } : {}),
    },
  ]),
) as Resolvers;

/**
 * The incident connections of entity kinds (@customResolver(requires: "id") in the generated
 * schema/entities.graphql): a page of ids and cursors, each edge's incident read by the generated
 * read of Incident with the client's selection, a page's incidents in one query.
 */
export const incidentResolvers: Resolvers = {
  ...onKinds,
  IncidentEdge: {
    // The page's read and this one are two reads: an incident retracted in between reads nothing.
    node: async (edge, _args, context, info) => {
      const id = String(edge.node.id);
      const node = await projectedNodeLoader(context, info).load({
        read: "incidents",
        id,
        typename: "Incident",
      });
      if (!node) throw new DomainError("not_found", `incident ${id} was retracted as it was read`);
      return node;
    },
  },
};
