import { DomainError, invalid } from "../../domain/DomainError";
import type { FactState, LiveFact, PresentFact } from "../FactState";
import type { RelationTarget } from "../facts";
import { reference } from "../fields";

/** Corroborating, correcting and retracting work the same way on every kind of fact but articles. */
export type CurrentFact = PresentFact & Exclude<LiveFact, { category: "article" }>;

/**
 * The `factId` of a lifecycle command: the fact's stream, which is what the command writes to.
 * The API also takes the fact's id (`factStream`: it looks the stream up before the command runs).
 */
export const factId = reference(
  "The fact: its id (zvezda, a relation's, incident's or statement's id) or its stream (entity-zvezda).",
).meta({
  graphql: "ID",
  description:
    "The fact: its id (zvezda, a relation's, incident's or statement's id) or its stream (entity-zvezda).",
  factStream: true,
});

/** The fact a lifecycle command is about, as its stream holds it: present, current, not an article. */
export function requireCurrentFact(factId: string, state: FactState): CurrentFact {
  if (state.status === "absent")
    throw new DomainError("not_found", `no fact "${factId}"`, "factId");
  if (state.status === "retracted") {
    throw new DomainError("illegal_state", `fact "${factId}" has been retracted`, "factId");
  }
  if (state.category === "article") {
    throw invalid(
      "factId",
      `"${factId}" is an article: the source itself is neither corrected nor retracted`,
    );
  }
  return state;
}

/** A relation fact's type and ends, carried by the events that change it. */
export function relationTarget(fact: CurrentFact): { relation?: RelationTarget } {
  if (fact.category !== "relation") return {};
  const { relation, from, to } = fact.data;
  return { relation: { type: relation, from, to } };
}
