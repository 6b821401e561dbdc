/** Closed vocabularies of the domain; the SDL's enums mirror them. */
export const INCIDENT_KINDS = ["AIR_LEAK", "COOLANT_LEAK", "DEFECT", "OTHER"] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_UPDATE_KINDS = [
  "SOURCE_LOCATED",
  "REPAIR_ATTEMPTED",
  "LEAK_POINT_FOUND",
  "LEAK_INCREASED",
  "CAUSE_DETERMINED",
  "STATUS_CONFIRMED",
] as const;
export type IncidentUpdateKind = (typeof INCIDENT_UPDATE_KINDS)[number];

/** ASSESSMENT: a judgement (no danger); ACKNOWLEDGEMENT: admits a fact; PLAN: an intention; REPORT: tells what happened. */
export const STATEMENT_KINDS = ["ASSESSMENT", "ACKNOWLEDGEMENT", "PLAN", "REPORT"] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];
