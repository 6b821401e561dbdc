/**
 * The kinds of entity the graph knows. Each is a node label of the projection (with Entity), a
 * GraphQL type of the read API (schema/entities.graphql is generated from these), a value of the
 * EntityKind enum and a row of docs/graph-model.md.
 */
export interface EntityKindDeclaration {
  /** What such an entity is, with examples from the articles: the GraphQL type's description. */
  description: string;
  /**
   * The name @neo4j/graphql gives the type's list query (agencies, people): its own pluralisation
   * of the type name, written out so that docs and tests name the queries without guessing.
   */
  plural: string;
}

export const ENTITY_KIND_DECLARATIONS = {
  Agency: {
    description: "A space agency or state space corporation (NASA, Roscosmos, ESA, JAXA).",
    plural: "agencies",
  },
  Person: { description: "A person: crew member, official.", plural: "people" },
  Station: {
    description: "A space station (the International Space Station).",
    plural: "stations",
  },
  Segment: { description: "A segment of a station (the Russian segment).", plural: "segments" },
  Module: { description: "A station module (Zvezda, Nauka).", plural: "modules" },
  Vehicle: {
    description: "A spacecraft (a Soyuz crew capsule, a Progress supply ship).",
    plural: "vehicles",
  },
  Component: {
    description: "A component of a module or vehicle (a radiator, a thermal control system).",
    plural: "components",
  },
  Country: { description: "A country (Russia, Ukraine, Japan).", plural: "countries" },
  Place: { description: "A place or region (Moscow, the West).", plural: "places" },
  Organization: { description: "Any other organisation (a news agency).", plural: "organizations" },
} as const satisfies Record<string, EntityKindDeclaration>;

export type EntityKind = keyof typeof ENTITY_KIND_DECLARATIONS;
export const ENTITY_KINDS = Object.keys(ENTITY_KIND_DECLARATIONS) as EntityKind[];

/** The queries @neo4j/graphql generates for a kind: its list, its connection, its name search. */
export function entityQueryNames(plural: string) {
  return { list: plural, connection: `${plural}Connection`, fullText: `${plural}ByName` };
}

/** Physical things: stations and what they are made of, and vehicles. */
export const HARDWARE = [
  "Station",
  "Segment",
  "Module",
  "Vehicle",
  "Component",
] as const satisfies readonly EntityKind[];

/** Who can report, say or be credited with something. */
export const ACTORS = [
  "Agency",
  "Person",
  "Organization",
  "Country",
] as const satisfies readonly EntityKind[];

/** Groups of kinds by name, as the docs name them ("OPERATES: Agency, Country -> hardware"). */
export const KIND_GROUPS: Record<string, readonly EntityKind[]> = {
  hardware: HARDWARE,
  actors: ACTORS,
};

/** The nodes a fact makes besides entities: each its own label and GraphQL type. */
export const FACT_NODE_KINDS = ["Incident", "IncidentUpdate", "Statement"] as const;

/** Everything a relation or a command can point at: entities, and incidents and statements. */
export type NodeKind = EntityKind | "Incident" | "Statement";

/** Every kind of node a fact makes: the API's NodeKind (an update is a node, not a target). */
export type GraphNodeKind = EntityKind | (typeof FACT_NODE_KINDS)[number];
export const GRAPH_NODE_KINDS: readonly GraphNodeKind[] = [...ENTITY_KINDS, ...FACT_NODE_KINDS];
