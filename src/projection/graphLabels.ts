import { ENTITY_KINDS, type NodeKind } from "../domain/nodeKinds";
import { RELATION_TYPE_NAMES } from "../domain/relationTypes";

/**
 * Labels and relationship types the projection writes. Cypher cannot take a label as a
 * parameter on every Neo4j 5: they are written into the query text, or passed to APOC, and come
 * from this allow-list only, never from input.
 */
export const ENTITY_LABEL = "Entity";
/**
 * Every node a fact made (entity, incident, update, statement), current or retracted: one
 * unique index finds any of them by id, whatever its kind.
 */
export const FACT_LABEL = "Fact";
export const RETRACTED_LABEL = "Retracted";
export const KIND_LABELS: readonly string[] = ENTITY_KINDS;

/** The label of a current fact node of each category (each has a uniqueness constraint on id). */
export type FactLabel = "Entity" | "Incident" | "Statement" | "Quantity";

/** Labels a current node of this kind carries. */
export function labelsOf(kind: NodeKind | "IncidentUpdate"): string[] {
  if (kind === "Incident" || kind === "Statement" || kind === "IncidentUpdate") return [kind];
  if (!KIND_LABELS.includes(kind)) throw new Error(`no label for kind ${kind}`);
  return [ENTITY_LABEL, kind];
}

/** Every label of the projection's nodes (a node of the graph carries at least one). */
export const PROJECTION_LABELS = [
  FACT_LABEL,
  ENTITY_LABEL,
  "Incident",
  "IncidentUpdate",
  "Statement",
  RETRACTED_LABEL,
  "Article",
] as const;

/** Every relationship type the projection writes between facts. */
export const FACT_RELATIONSHIP_TYPES: readonly string[] = [
  ...RELATION_TYPE_NAMES,
  "AFFECTED",
  "REPORTED_BY",
  "HAS_UPDATE",
  "SAID_BY",
  "ABOUT",
  "CARRIED_BY",
];

/** A relationship that held once: retracted, or replaced by a corrected version. */
export const HISTORICAL_TYPE = "HISTORICAL";
/** From a fact node to the article it cites, with the quote. */
export const CITES_TYPE = "CITES";

export function assertRelationshipType(type: string): string {
  if (!FACT_RELATIONSHIP_TYPES.includes(type))
    throw new Error(`not a relationship type of the projection: ${type}`);
  return type;
}
