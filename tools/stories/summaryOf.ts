import type { EntityRecord, FactRecord } from "./factRecords";
import type { RelationDeclarations } from "./relationDeclarations";
import { spokenTime } from "./storyCalendar";

/** A clause restating the fact, for the sentences that corroborate, correct or retract it. */
export function summaryOf(fact: FactRecord, relations: RelationDeclarations): string {
  switch (fact.category) {
    case "relation":
      return `${fact.from.label} ${relations[fact.type]!.phrase} ${fact.to.label}`;
    case "incident":
      return `${/^[aeiou]/.test(fact.phrase) ? "an" : "a"} ${fact.phrase} occurred in ${fact.target.name} ${spokenTime(fact.occurredAt)}`;
    case "statement":
      return `${fact.speaker} said ${fact.clause}`;
    case "entity":
      return `${fact.name} is ${entityDescriptor(fact)}`;
  }
}

function entityDescriptor(entity: EntityRecord): string {
  switch (entity.kind) {
    case "Person":
      return `${/^[aeiou]/.test(entity.role ?? "") ? "an" : "a"} ${entity.role ?? "official"}`;
    case "Component":
      return `a component of ${entity.module?.name ?? "the station"}`;
    case "Vehicle":
      return entity.crewVehicle ? "a crew spacecraft" : "a cargo spacecraft";
    case "Module":
      return `a module of the ${entity.station?.name ?? "station"}`;
    case "Place":
      return `a place in ${entity.country?.name ?? "the partner countries"}`;
    case "Organization":
      return "a news organisation";
    case "Agency":
      return "a space agency";
    case "Country":
      return "a partner in the station programme";
    case "Station":
      return "a space station";
    case "Segment":
      return `a segment of the ${entity.station?.name ?? "station"}`;
  }
}
