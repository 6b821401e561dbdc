/** Closed vocabularies of the domain, declared in src/vocabulary (the SDL's enums follow from it). */
export {
  INCIDENT_KINDS,
  INCIDENT_UPDATE_KINDS,
  STATEMENT_KINDS,
  type IncidentKind,
  type IncidentUpdateKind,
  type StatementKind,
} from "../vocabulary/closedVocabularies";
