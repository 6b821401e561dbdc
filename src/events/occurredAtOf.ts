import type { WorldTime } from "../domain/WorldTime";
import type { DomainEvent } from "./DomainEvent";

/** The world time an event speaks of, if it names one (a relation: when it began). */
export function occurredAtOf(event: DomainEvent): WorldTime | undefined {
  switch (event.type) {
    case "IncidentReported":
    case "IncidentUpdateRecorded":
    case "StatementRecorded":
      return event.data.occurredAt;
    case "EntitiesLinked":
      return event.data.validity.from;
    case "ArticleRegistered":
      return { value: event.data.publishedOn, precision: "day" };
    case "EntityRegistered":
    case "FactCorroborated":
    case "FactCorrected":
    case "FactRetracted":
      return undefined;
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}
