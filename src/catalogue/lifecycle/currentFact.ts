import type { DecisionContext } from "../../domain/DecisionContext";
import { DomainError, invalid } from "../../domain/DomainError";
import type { Source } from "../../domain/source";
import type { FactState, LiveFact, PresentFact } from "../FactState";
import type { RelationTarget } from "../facts";
import { reference } from "../fields";
import { sourcedEvent } from "../sourcedEvent";

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
  if (state.mergedInto !== undefined) {
    throw new DomainError(
      "illegal_state",
      `"${factId}" was merged into "${state.mergedInto}": it is that fact now`,
      "factId",
    );
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

/** What every event about a current fact carries: the fact, a relation's ends, its source. */
interface EventOnFact {
  type: string;
  data: { factId: string; relation?: RelationTarget | undefined };
  source: Source;
}

/**
 * The event a command on a current fact (a correction, a retraction, a claim) emits, once the
 * source is checked against the article it names: the fact's id and, for a relation, its type
 * and ends, then the event's own `data`.
 */
export function eventOnFact<E extends EventOnFact>(
  type: E["type"],
  command: { factId: string; source: Source },
  fact: CurrentFact,
  ctx: DecisionContext,
  data: Omit<E["data"], "factId" | "relation">,
): E {
  const target = { factId: command.factId, ...relationTarget(fact) };
  return sourcedEvent<E>(type, command, ctx, { ...target, ...data });
}
