import type { RelationDeclaration } from "./declarations";
import { ACTORS, HARDWARE, type GraphNodeKind } from "./entityKinds";
import type { UnionName } from "./unions";

/** What a field of the vocabulary may list, or be on: a kind of node, or a union. */
export type VocabularyType = GraphNodeKind | UnionName;

/**
 * The typed relations between facts, each a fact of its own (LinkEntities), with the kinds it may
 * join. A relation between other kinds is refused, so the graph's shape stays what the schema and
 * the cookbook promise. In this order: the RelationType enum, docs/graph-model.md.
 */
export const RELATION_TYPES = {
  MEMBER_OF: {
    description:
      'A person works for, or belongs to, an agency or organisation (role: "station project manager").',
    from: ["Person"],
    to: ["Agency", "Organization"],
    phrase: "is a member of",
    example: 'Joel Montalbano, `role: "station project manager"`, NASA',
    out: {
      field: "memberOf",
      description: "Agencies and organisations the person belongs to (role on the relationship).",
      target: "Affiliation",
    },
    in: { field: "members", description: "People who belong to it.", target: "Person" },
  },
  CREW_OF: {
    description: "A person is on the crew of a station or vehicle.",
    from: ["Person"],
    to: ["Station", "Vehicle"],
    phrase: "is on the crew of",
    example: "the crews of 2020 and 2024, the ISS, valid on the articles' dates",
    out: {
      field: "crewOf",
      description: "Stations and vehicles the person is crew of.",
      target: "Craft",
    },
    in: { field: "crew", description: "Its crew.", target: "Person" },
  },
  CITIZEN_OF: {
    description: "A person's nationality.",
    from: ["Person"],
    to: ["Country"],
    phrase: "is a citizen of",
    example: "Satoshi Furukawa, Japan",
    out: { field: "citizenOf", description: "Nationality.", target: "Country" },
    in: { field: "citizens", description: "Its citizens.", target: "Person" },
  },
  PART_OF: {
    description:
      "Structure: a segment of a station, a module of a segment, a component of a module.",
    from: ["Segment", "Module", "Component"],
    to: ["Station", "Segment", "Module", "Vehicle"],
    phrase: "is part of",
    example: "Zvezda, the Russian segment",
    out: { field: "partOf", description: "What it is part of.", target: "Hardware" },
    in: {
      field: "parts",
      description: "Its components.",
      describedOn: {
        Station: "Its segments, modules and components.",
        Segment: "Its modules and components.",
      },
      target: "Hardware",
    },
  },
  OPERATES: {
    description: "Who runs a piece of hardware.",
    from: ["Agency", "Country", "Organization"],
    to: HARDWARE,
    phrase: "operates",
    example: "NASA, the ISS",
    out: { field: "operates", description: "Hardware it operates.", target: "Hardware" },
    in: { field: "operatedBy", description: "Who operates it.", target: "Operator" },
  },
  BELONGS_TO: {
    description:
      'Whose a thing or an organisation is ("Russia\'s new Nauka", "State corporation Roscosmos").',
    from: ["Agency", "Organization", ...HARDWARE],
    to: ["Country", "Agency"],
    phrase: "belongs to",
    example: "Nauka, Russia",
    out: {
      field: "belongsTo",
      description: "Whose it is.",
      describedOn: { Agency: "The state (or agency) it belongs to." },
      target: "Owner",
    },
    in: { field: "owns", description: "What belongs to it.", target: "Owned" },
  },
  DOCKED_AT: {
    description: "A vehicle docked (parked) at a station or module.",
    from: ["Vehicle"],
    to: ["Station", "Module"],
    phrase: "is docked at",
    example: "the Soyuz capsule, the ISS, in December 2022",
    out: { field: "dockedAt", description: "Where it is docked.", target: "Berth" },
    in: { field: "dockedVehicles", description: "Vehicles docked at it.", target: "Vehicle" },
  },
  LOCATED_IN: {
    description: "Where a place or organisation is.",
    from: ["Place", "Agency", "Organization"],
    to: ["Country", "Place"],
    phrase: "is located in",
    example: "Moscow, Russia",
    out: { field: "locatedIn", description: "Where it is.", target: "Location" },
    in: { field: "locates", description: "Places and organisations in it.", target: "Located" },
  },
  COOPERATES_WITH: {
    description: "Two parties cooperate (on the station).",
    from: ["Country", "Place", "Agency"],
    to: ["Country", "Place", "Agency"],
    phrase: "cooperates with",
    example: "Russia, the West",
    out: { field: "cooperatesWith", description: "Parties it cooperates with.", target: "Party" },
    in: {
      field: "cooperatedWithBy",
      description: "Parties that cooperate with it.",
      target: "Party",
    },
  },
  MILITARY_ACTIONS_IN: {
    description:
      "One party's military actions in another (\"Moscow's military actions in Ukraine\").",
    from: ["Country"],
    to: ["Country", "Place"],
    phrase: "takes military action in",
    example: "Russia, Ukraine",
    out: {
      field: "militaryActionsIn",
      description: "Where it takes military action.",
      target: "Location",
    },
    in: {
      field: "militaryActionsBy",
      description: "Countries taking military action in it.",
      target: "Country",
    },
  },
  FOLLOWED: {
    description: "One incident came after, and is told in relation to, another.",
    from: ["Incident"],
    to: ["Incident"],
    phrase: "followed",
    example: "the Nauka leak followed the Soyuz leak",
    out: { field: "followed", description: "Incidents this one came after.", target: "Incident" },
    in: {
      field: "followedBy",
      description: "Incidents that came after this one.",
      target: "Incident",
    },
  },
  ATTRIBUTED_TO: {
    description:
      "A statement or an incident is attributed to an actor without being said by a named one.",
    from: ["Statement", "Incident"],
    to: ACTORS,
    phrase: "is attributed to",
    example: "an unnamed officials' statement, Roscosmos",
    out: {
      field: "attributedTo",
      description: "Who it is attributed to, when no speaker is named.",
      describedOn: {
        Incident: "Who it is attributed to, when no one is named as its reporter.",
      },
      target: "Actor",
    },
    in: {
      field: "attributed",
      description: "Statements and incidents attributed to this actor.",
      target: "Attributable",
    },
  },
} as const satisfies Record<string, RelationDeclaration<VocabularyType>>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return Object.hasOwn(RELATION_TYPES, value);
}
