import { ENTITY_KINDS, type EntityKind } from "../../vocabulary/entityKinds";
import type { GraphQLContext } from "../context";

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

/** The history field's resolver, on every type that has one. */
export const historyResolvers = Object.fromEntries(
  HISTORY_TYPES.map((type) => [type, { history }]),
) as { [T in HistoryType]: { history: typeof history } };
