import { ENTITY_KINDS, type EntityKind } from "../../vocabulary/entityKinds";
import type { PageArguments } from "../../explore/pageCursor";
import { pageByPosition } from "../../explore/positionPages";
import type { GraphQLContext } from "../context";
import { toEventModel } from "./eventModel";

/**
 * The types of the read API with a history field (@customResolver(requires: "stream")): every
 * entity kind (schema/entities.graphql, generated), and the incidents, statements and retracted
 * facts of schema/facts.graphql. test/unit/graph/sdlAgreesWithVocabulary.test.ts holds the list
 * equal to the SDL's.
 */
export const HISTORY_TYPES = [...ENTITY_KINDS, "Incident", "Statement", "RetractedFact"] as const;
type HistoryType = EntityKind | "Incident" | "Statement" | "RetractedFact";

/** A fact node's history field: its stream's events, batched per request (see context.ts). */
const history = (source: { stream?: string | null }, _args: unknown, context: GraphQLContext) =>
  source.stream ? context.loaders.history.load(source.stream) : [];

/**
 * A page of a fact's events in log order (historyConnection, on Query and on every type with a
 * history), its total when selected.
 */
export function historyPage(context: GraphQLContext, factId: string, args: PageArguments) {
  const { store } = context.services;
  return pageByPosition(
    "history",
    { factId },
    args,
    async (after, limit) => (await store.factEvents(factId, { after, limit })).map(toEventModel),
    () => store.countFactEvents(factId, {}),
  );
}

/** A fact node's historyConnection: a page of its stream's events. */
const historyConnection = (
  source: { stream?: string | null },
  args: PageArguments,
  context: GraphQLContext,
) => historyPage(context, source.stream ?? "", args);

/** The history fields' resolvers, on every type that has them. */
export const historyResolvers = Object.fromEntries(
  HISTORY_TYPES.map((type) => [type, { history, historyConnection }]),
) as {
  [T in HistoryType]: { history: typeof history; historyConnection: typeof historyConnection };
};
