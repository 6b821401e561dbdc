import type { UnionDeclaration } from "./declarations";
import { ACTORS, ENTITY_KINDS, HARDWARE } from "./entityKinds";

/**
 * The unions that relationship fields list (a person's memberOf lists an Affiliation: an agency
 * or an organisation). Generated into schema/entities.graphql in this order.
 */
export const UNIONS = {
  Actor: {
    members: ACTORS,
    description: "Who can report, say or be credited with something.",
    queryable: true,
  },
  Hardware: {
    members: HARDWARE,
    description: "Physical things: stations and what they are made of, and vehicles.",
    queryable: true,
  },
  Affiliation: { members: ["Agency", "Organization"] },
  Craft: { members: ["Station", "Vehicle"] },
  Operator: { members: ["Agency", "Country", "Organization"] },
  Owner: { members: ["Country", "Agency"] },
  Owned: { members: ["Agency", "Organization", ...HARDWARE] },
  Berth: { members: ["Station", "Module"] },
  Location: { members: ["Country", "Place"] },
  Located: { members: ["Place", "Agency", "Organization"] },
  Party: { members: ["Country", "Place", "Agency"] },
  Attributable: { members: ["Statement", "Incident"] },
  Cited: {
    members: [...ENTITY_KINDS, "Incident", "IncidentUpdate", "Statement"],
    description: "Everything that cites an article.",
  },
  Subject: {
    members: [...ENTITY_KINDS, "Incident", "Statement"],
    description: "What a statement can be about.",
  },
} as const satisfies Record<string, UnionDeclaration>;

export type UnionName = keyof typeof UNIONS;
