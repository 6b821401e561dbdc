import { LABEL } from "./graphLabels";
import { TYPE } from "./relationshipTypes";

/** How deep PART_OF is followed from a piece of hardware to its parts (a component of a module of a segment...). */
const PART_DEPTH = 6;

/** The most incidents the unpaged lists answer (their connections page). */
export const INCIDENT_LIST_BOUND = 1000;

/**
 * Cypher, in a scope holding hardware node `craft`: the incidents that affected it, any of its
 * parts (PART_OF, at any depth) or a vehicle docked at it or at one of its parts, as rows of
 * `incident` (not yet distinct).
 */
export function incidentsAffecting(craft: string): string {
  const parts = `[:${TYPE.PART_OF}*0..${PART_DEPTH}]`;
  return `CALL (${craft}) {
  MATCH (part)-${parts}->(${craft}) RETURN part
  UNION
  MATCH (part)-${parts}->(:${LABEL.Vehicle})-[:${TYPE.DOCKED_AT}]->()-${parts}->(${craft}) RETURN part
}
MATCH (part)<-[:${TYPE.AFFECTED}]-(incident:${LABEL.Incident})`;
}

/** The end of the unpaged lists: each incident once, oldest first, at most INCIDENT_LIST_BOUND. */
const OLDEST_FIRST = `WITH DISTINCT incident
RETURN incident ORDER BY incident.occurredFrom, incident.id LIMIT ${INCIDENT_LIST_BOUND}`;

/**
 * Cypher, in a scope holding hardware node `craft`: the incidents of it and of what it is made
 * of (incidentsAffecting), oldest first, in column `incident`. The @cypher of
 * incidentsIncludingParts on every kind of hardware, and of a person's incidents.
 */
export function incidentsOfHardware(craft: string): string {
  return `${incidentsAffecting(craft)}\n${OLDEST_FIRST}`;
}

/**
 * Cypher, in a scope holding person node `person` and a parameter $validOn (a date, or null):
 * their crew relationships `crew` to a craft `craft`, only those that may hold on $validOn when
 * it is given.
 */
export function crewsOf(person: string): string {
  return `MATCH (${person})-[crew:${TYPE.CREW_OF}]->(craft)
WHERE $validOn IS NULL
  OR ((crew.validFromStart IS NULL
       OR crew.validFromStart < datetime({date: date($validOn)})
         + CASE size($validOn) WHEN 4 THEN duration('P1Y') WHEN 7 THEN duration('P1M') ELSE duration('P1D') END)
      AND (crew.validToEnd IS NULL OR crew.validToEnd >= datetime({date: date($validOn)})))`;
}

/**
 * Cypher, in a scope holding person node `person` and a parameter $validOn (a date, or null): the
 * incidents of the craft the person is crew of (incidentsOfHardware), counting only crews that
 * may hold on $validOn when it is given.
 */
export function incidentsOfCrew(person: string): string {
  return `${crewsOf(person)}\n${incidentsOfHardware("craft")}`;
}

/**
 * Cypher, in a scope holding person node `person` and $validOn: a person's incidents as rows of
 * `incident` (not yet distinct): those of the craft they crew that may have happened while they
 * were crew (the spans may overlap; with $validOn, only crews that may hold on that date), and
 * those they reported, or reported an update of.
 */
export function incidentsOfPerson(person: string): string {
  return `CALL (${person}) {
  ${crewsOf(person).replace(/\n/g, "\n  ")}
  ${incidentsAffecting("craft").replace(/\n/g, "\n  ")}
  WHERE (crew.validFromStart IS NULL OR incident.occurredTo IS NULL OR incident.occurredTo >= crew.validFromStart)
    AND (crew.validToEnd IS NULL OR incident.occurredFrom IS NULL OR incident.occurredFrom <= crew.validToEnd)
  RETURN incident
  UNION
  MATCH (${person})<-[:${TYPE.REPORTED_BY}]-(incident:${LABEL.Incident}) RETURN incident
  UNION
  MATCH (${person})<-[:${TYPE.REPORTED_BY}]-(:${LABEL.IncidentUpdate})<-[:${TYPE.HAS_UPDATE}]-(incident:${LABEL.Incident})
  RETURN incident
}`;
}
