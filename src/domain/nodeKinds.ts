/** The kinds of entity the graph knows; each is a node label of the projection. */
export const ENTITY_KINDS = [
  "Agency",
  "Person",
  "Station",
  "Segment",
  "Module",
  "Vehicle",
  "Component",
  "Country",
  "Place",
  "Organization",
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Everything a relation can point at: entities, and the incidents and statements about them. */
export type NodeKind = EntityKind | "Incident" | "Statement";

/** Whether a fact is stated by its source, or only follows from it (a Japanese astronaut -> JAXA). */
export const CERTAINTIES = ["asserted", "inferred"] as const;
export type Certainty = (typeof CERTAINTIES)[number];
