import type { EntityKind, NodeKind } from "./nodeKinds";

/**
 * The typed relations between entities, with the kinds each may connect. A relation between
 * other kinds is refused, so the graph's shape stays what the schema and the cookbook promise.
 */
const HARDWARE: readonly EntityKind[] = ["Station", "Segment", "Module", "Vehicle", "Component"];
const ACTORS: readonly EntityKind[] = ["Agency", "Person", "Organization", "Country"];

export const RELATION_TYPES = {
  /** A person works for, or belongs to, an agency or organisation (role: "station project manager"). */
  MEMBER_OF: { from: ["Person"], to: ["Agency", "Organization"] },
  /** A person is on the crew of a station or vehicle. */
  CREW_OF: { from: ["Person"], to: ["Station", "Vehicle"] },
  /** A person's nationality. */
  CITIZEN_OF: { from: ["Person"], to: ["Country"] },
  /** Structure: a segment of a station, a module of a segment, a component of a module. */
  PART_OF: {
    from: ["Segment", "Module", "Component"],
    to: ["Station", "Segment", "Module", "Vehicle"],
  },
  /** Who runs a piece of hardware. */
  OPERATES: { from: ["Agency", "Country", "Organization"], to: HARDWARE },
  /** Whose a thing or an organisation is ("Russia's new Nauka", "State corporation Roscosmos"). */
  BELONGS_TO: { from: ["Agency", "Organization", ...HARDWARE], to: ["Country", "Agency"] },
  /** A vehicle docked (parked) at a station or module. */
  DOCKED_AT: { from: ["Vehicle"], to: ["Station", "Module"] },
  /** Where a place or organisation is. */
  LOCATED_IN: { from: ["Place", "Agency", "Organization"], to: ["Country", "Place"] },
  /** Two parties cooperate (on the station). */
  COOPERATES_WITH: { from: ["Country", "Place", "Agency"], to: ["Country", "Place", "Agency"] },
  /** One party's military actions in another ("Moscow's military actions in Ukraine"). */
  MILITARY_ACTIONS_IN: { from: ["Country"], to: ["Country", "Place"] },
  /** One incident came after, and is told in relation to, another. */
  FOLLOWED: { from: ["Incident"], to: ["Incident"] },
  /** A statement or an incident is attributed to an actor without being said by a named one. */
  ATTRIBUTED_TO: { from: ["Statement", "Incident"], to: ACTORS },
} as const satisfies Record<string, { from: readonly NodeKind[]; to: readonly NodeKind[] }>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return Object.hasOwn(RELATION_TYPES, value);
}

/** Why a relation of this type cannot join these kinds, or undefined when it can. */
export function endpointMismatch(
  type: RelationType,
  from: NodeKind,
  to: NodeKind,
): string | undefined {
  const allowed = RELATION_TYPES[type];
  if (!(allowed.from as readonly NodeKind[]).includes(from)) {
    return `${type} cannot start at a ${from}; it starts at ${allowed.from.join(", ")}`;
  }
  if (!(allowed.to as readonly NodeKind[]).includes(to)) {
    return `${type} cannot end at a ${to}; it ends at ${allowed.to.join(", ")}`;
  }
  return undefined;
}

/** Relationship types the projection writes for incidents and statements themselves. */
export const INCIDENT_LINKS = {
  AFFECTED: HARDWARE,
  REPORTED_BY: ACTORS,
} as const;

export const STATEMENT_LINKS = {
  SAID_BY: ACTORS,
  CARRIED_BY: ["Organization", "Agency"] as readonly EntityKind[],
  ABOUT: [...HARDWARE, ...ACTORS, "Place", "Incident", "Statement"] as readonly NodeKind[],
} as const;
