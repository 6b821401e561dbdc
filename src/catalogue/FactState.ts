import type { Source } from "../domain/source";
import type { Claims } from "./claims/claimState";
import type {
  ArticleData,
  EntityData,
  IncidentData,
  QuantityData,
  RelationData,
  StatementData,
} from "./facts";

/** The current state of one fact's stream, folded from its events by their `evolve`. */
export type LiveFact =
  | { category: "article"; data: ArticleData }
  | { category: "entity"; data: EntityData }
  | { category: "relation"; data: RelationData }
  | { category: "incident"; data: IncidentData; updateIds: string[] }
  | { category: "statement"; data: StatementData }
  | { category: "quantity"; data: QuantityData };

export type FactState =
  | { status: "absent" }
  | (LiveFact & {
      status: "active" | "retracted";
      /** first source, then corroborations */ sources: Source[];
      /** The fields sources disagree on (or that were corrected): every value, with its rank. */
      claims?: Claims;
      /** An entity merged into another: the survivor's id (its own id is a redirect). */
      mergedInto?: string;
    });

/** A stream's state that holds a fact, current or retracted. */
export type PresentFact = Exclude<FactState, { status: "absent" }>;

export const initialState: FactState = { status: "absent" };

/** The state a fact's first event leaves: active, with that event's data and source. */
export function stated(fact: LiveFact, source: Source): FactState {
  return { ...fact, status: "active", sources: [source] };
}
