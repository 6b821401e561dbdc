import type { RelationDeclaration } from "./declarations";
import { ACTORS, ENTITY_KINDS, HARDWARE } from "./entityKinds";
import type { VocabularyType } from "./relationTypes";

/**
 * The links an incident, an update or a statement makes as part of its own fact (no stream of
 * their own: a correction of the incident or statement replaces them). In this order: the
 * GraphRelationType enum after the relation types, docs/graph-model.md.
 */
export const LINK_TYPES = {
  AFFECTED: {
    description: "An incident affected a piece of hardware: what leaked or broke.",
    from: ["Incident"],
    to: HARDWARE,
    phrase: "affected",
    example: "the Zvezda air leak, Zvezda",
    out: { field: "affected", description: "Hardware it affected.", target: "Hardware" },
    in: { field: "incidents", description: "Incidents that affected it.", target: "Incident" },
  },
  REPORTED_BY: {
    description: "An incident or an update was reported by an actor.",
    from: ["Incident", "IncidentUpdate"],
    to: ACTORS,
    phrase: "was reported by",
    example: "the Zvezda leak's increase (an update), Joel Montalbano",
    out: { field: "reportedBy", description: "Who reported it.", target: "Actor" },
    in: {
      field: "reportedIncidents",
      description: "Incidents this actor reported.",
      target: "Incident",
    },
  },
  HAS_UPDATE: {
    description: "An incident and what was learnt about it later, one update each.",
    from: ["Incident"],
    to: ["IncidentUpdate"],
    phrase: "has the update",
    example: "the Zvezda air leak, its update leak-increased-2024-02-28",
    out: {
      field: "updates",
      description: "What was learnt later: source located, repair attempted, cause determined...",
      target: "IncidentUpdate",
    },
    in: { field: "incident", description: "The incident it updates.", target: "Incident" },
    provenance: false,
  },
  SAID_BY: {
    description: "A statement's named speakers.",
    from: ["Statement"],
    to: ACTORS,
    phrase: "was said by",
    example: "Roscosmos's no-threat statement, Roscosmos",
    out: { field: "saidBy", description: "Its named speakers.", target: "Actor" },
    in: { field: "statements", description: "Statements this actor made.", target: "Statement" },
  },
  ABOUT: {
    description: "What a statement is about: an entity, an incident or another statement.",
    from: ["Statement"],
    to: [...HARDWARE, ...ACTORS, "Place", "Incident", "Statement"],
    phrase: "is about",
    example: "Roscosmos's no-threat statement, the Zvezda air leak",
    out: {
      field: "about",
      description: "What it is about: entities, incidents, statements.",
      target: "Subject",
    },
    in: {
      field: "statementsAbout",
      description: "Statements about this entity.",
      describedOn: { Incident: "Statements about this incident." },
      target: "Statement",
      // A statement's statements about it are not asked for: its about answers the other way.
      on: [...ENTITY_KINDS, "Incident"],
    },
  },
  CARRIED_BY: {
    description: "Who carried a statement (the Russian news agencies).",
    from: ["Statement"],
    to: ["Organization", "Agency"],
    phrase: "was carried by",
    example: "Roscosmos's no-threat statement, the Russian news agencies",
    out: {
      field: "carriedBy",
      description: "The agencies or organisations that carried it (the Russian news agencies).",
      target: "Affiliation",
    },
    in: { field: "carried", description: "Statements it carried.", target: "Statement" },
  },
} as const satisfies Record<string, RelationDeclaration<VocabularyType>>;

export type LinkType = keyof typeof LINK_TYPES;
export const LINK_TYPE_NAMES = Object.keys(LINK_TYPES) as LinkType[];
