import type { Source } from "./source";
import type {
  ArticleRegistered,
  DomainEvent,
  EntitiesLinked,
  EntityRegistered,
  IncidentReported,
  StatementRecorded,
} from "../events/DomainEvent";

/** The current state of one fact's stream, folded from its events. */
export type LiveFact =
  | { category: "article"; data: ArticleRegistered["data"] }
  | { category: "entity"; data: EntityRegistered["data"] }
  | { category: "relation"; data: EntitiesLinked["data"] }
  | { category: "incident"; data: IncidentReported["data"]; updateIds: string[] }
  | { category: "statement"; data: StatementRecorded["data"] };

export type FactState =
  | { status: "absent" }
  | (LiveFact & {
      status: "active" | "retracted";
      /** first source, then corroborations */ sources: Source[];
    });

export const initialState: FactState = { status: "absent" };

export function evolve(state: FactState, event: DomainEvent): FactState {
  switch (event.type) {
    case "ArticleRegistered":
      return { status: "active", category: "article", data: event.data, sources: [] };
    case "EntityRegistered":
      return { status: "active", category: "entity", data: event.data, sources: [event.source] };
    case "EntitiesLinked":
      return { status: "active", category: "relation", data: event.data, sources: [event.source] };
    case "IncidentReported":
      return {
        status: "active",
        category: "incident",
        data: event.data,
        updateIds: [],
        sources: [event.source],
      };
    case "StatementRecorded":
      return { status: "active", category: "statement", data: event.data, sources: [event.source] };
    case "IncidentUpdateRecorded":
      if (state.status === "absent" || state.category !== "incident") return state;
      return { ...state, updateIds: [...state.updateIds, event.data.updateId] };
    case "FactCorroborated":
      return state.status === "absent"
        ? state
        : { ...state, sources: [...state.sources, event.source] };
    case "FactCorrected":
      if (state.status === "absent") return state;
      // Every correctable field has the same name in the fact's data.
      return { ...state, data: { ...state.data, ...event.data.changes } } as FactState;
    case "FactRetracted":
      return state.status === "absent" ? state : { ...state, status: "retracted" };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

export function foldEvents(events: readonly DomainEvent[]): FactState {
  return events.reduce(evolve, initialState);
}
