/**
 * Closed vocabularies of the facts: each a GraphQL enum of the same name (generated into
 * schema/vocabulary.graphql), its values described there as here.
 */
export interface ClosedVocabulary {
  /** The GraphQL enum's description. */
  description: string;
  /** Each value, with what it means. */
  values: Record<string, string>;
}

export const CERTAINTY = {
  description:
    "asserted: the article says it; inferred: it only follows from what the article says.",
  values: {
    asserted: "The article says it.",
    inferred:
      "It follows from what the article says (a Japanese astronaut: JAXA); the source's note says why.",
  },
} as const satisfies ClosedVocabulary;

export const INCIDENT_KIND = {
  description: "What went wrong in an incident.",
  values: {
    AIR_LEAK: "Air escaping from a pressurised module.",
    COOLANT_LEAK: "Coolant leaking from a vehicle or a module's radiator.",
    DEFECT: "Something found faulty, without a leak.",
    OTHER: "Anything else.",
  },
} as const satisfies ClosedVocabulary;

export const INCIDENT_UPDATE_KIND = {
  description: "What was learnt about an incident after it was reported.",
  values: {
    SOURCE_LOCATED: "Where it comes from was located.",
    REPAIR_ATTEMPTED: "A repair was attempted.",
    LEAK_POINT_FOUND: "The point of a leak was found.",
    LEAK_INCREASED: "A leak grew.",
    CAUSE_DETERMINED: "Its cause was determined (the update's cause).",
    STATUS_CONFIRMED: "Its state was confirmed.",
  },
} as const satisfies ClosedVocabulary;

export const STATEMENT_KIND = {
  description: "What kind of statement: an assessment, an acknowledgement, a plan or a report.",
  values: {
    ASSESSMENT: "A judgement (no danger to the crew).",
    ACKNOWLEDGEMENT: "Admits a fact.",
    PLAN: "An intention.",
    REPORT: "Tells what happened.",
  },
} as const satisfies ClosedVocabulary;

/** Whether a fact is stated by its source, or only follows from it (a Japanese astronaut -> JAXA). */
export type Certainty = keyof typeof CERTAINTY.values;
export const CERTAINTIES = Object.keys(CERTAINTY.values) as Certainty[];

export type IncidentKind = keyof typeof INCIDENT_KIND.values;
export const INCIDENT_KINDS = Object.keys(INCIDENT_KIND.values) as IncidentKind[];

export type IncidentUpdateKind = keyof typeof INCIDENT_UPDATE_KIND.values;
export const INCIDENT_UPDATE_KINDS = Object.keys(
  INCIDENT_UPDATE_KIND.values,
) as IncidentUpdateKind[];

export type StatementKind = keyof typeof STATEMENT_KIND.values;
export const STATEMENT_KINDS = Object.keys(STATEMENT_KIND.values) as StatementKind[];

/** The closed vocabularies by the name of their GraphQL enum. */
export const CLOSED_VOCABULARIES: Record<string, ClosedVocabulary> = {
  Certainty: CERTAINTY,
  IncidentKind: INCIDENT_KIND,
  IncidentUpdateKind: INCIDENT_UPDATE_KIND,
  StatementKind: STATEMENT_KIND,
};
