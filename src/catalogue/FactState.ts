import type { Source } from "../domain/source";
import type { ArticleData, EntityData, IncidentData, RelationData, StatementData } from "./facts";

/** The current state of one fact's stream, folded from its events by their `evolve`. */
export type LiveFact =
  | { category: "article"; data: ArticleData }
  | { category: "entity"; data: EntityData }
  | { category: "relation"; data: RelationData }
  | { category: "incident"; data: IncidentData; updateIds: string[] }
  | { category: "statement"; data: StatementData };

export type FactState =
  | { status: "absent" }
  | (LiveFact & {
      status: "active" | "retracted";
      /** first source, then corroborations */ sources: Source[];
    });

/** A stream's state that holds a fact, current or retracted. */
export type PresentFact = Exclude<FactState, { status: "absent" }>;

export const initialState: FactState = { status: "absent" };
