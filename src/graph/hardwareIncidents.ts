import { LABEL } from "./graphLabels";
import { TYPE } from "./relationshipTypes";

/** How deep PART_OF is followed from a piece of hardware to its parts (a component of a module of a segment...). */
const PART_DEPTH = 6;

/**
 * Cypher, in a scope holding hardware node `craft`: the incidents of it and of what it is made
 * of: those that affected it, any of its parts (PART_OF, at any depth) or a vehicle docked at it
 * or at one of its parts, oldest first, in column `incident`. The @cypher of
 * incidentsIncludingParts on every kind of hardware, and of a person's incidents.
 */
export function incidentsOfHardware(craft: string): string {
  const parts = `[:${TYPE.PART_OF}*0..${PART_DEPTH}]`;
  return `CALL (${craft}) {
  MATCH (part)-${parts}->(${craft}) RETURN part
  UNION
  MATCH (part)-${parts}->(:${LABEL.Vehicle})-[:${TYPE.DOCKED_AT}]->()-${parts}->(${craft}) RETURN part
}
MATCH (part)<-[:${TYPE.AFFECTED}]-(incident:${LABEL.Incident})
WITH DISTINCT incident
RETURN incident ORDER BY incident.occurredFrom, incident.id`;
}

/**
 * Cypher, in a scope holding person node `person` and a parameter $validOn (a date, or null): the
 * incidents of the craft the person is crew of (incidentsOfHardware), counting only crews that
 * may hold on $validOn when it is given.
 */
export function incidentsOfCrew(person: string): string {
  return `MATCH (${person})-[crew:${TYPE.CREW_OF}]->(craft)
WHERE $validOn IS NULL
  OR ((crew.validFromStart IS NULL
       OR crew.validFromStart < datetime({date: date($validOn)})
         + CASE size($validOn) WHEN 4 THEN duration('P1Y') WHEN 7 THEN duration('P1M') ELSE duration('P1D') END)
      AND (crew.validToEnd IS NULL OR crew.validToEnd >= datetime({date: date($validOn)})))
${incidentsOfHardware("craft")}`;
}
