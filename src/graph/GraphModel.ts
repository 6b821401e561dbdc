import { nodeKindsOf, relationsOf, VOCABULARY, type Vocabulary } from "../vocabulary/Vocabulary";

/**
 * The names of the projection's graph, as one value: its labels and relationship types, derived
 * from a vocabulary (the entity kinds are labels, the relations and links are types) and the
 * structure the projection adds around them. src/graph's constants are GRAPH_MODEL's; tests derive
 * the model of a vocabulary with one more entry to show that the graph follows.
 */
export interface GraphModel {
  /** Every label of the projection's nodes: the structural ones, then the kinds'. */
  labels: readonly string[];
  /** The label of each entity kind (each node carries Entity and its kind's). */
  kindLabels: readonly string[];
  /** The relationship types between facts: relations, then links, in the vocabulary's order. */
  factRelationshipTypes: readonly string[];
  /** Those of factRelationshipTypes that are facts of their own (LinkEntities). */
  relationTypes: readonly string[];
  /** Every relationship type of the projection: factRelationshipTypes, then STRUCTURAL_TYPES. */
  relationshipTypes: readonly string[];
}

/** Labels of the projection that are not an entity's kind, in the order the dump keys nodes. */
export const STRUCTURAL_LABELS = [
  "Fact",
  "Entity",
  "Incident",
  "IncidentUpdate",
  "Statement",
  "Retracted",
  "Article",
  "Quantity",
  "Claim",
  "Alias",
  "Merged",
  "TimelineEntry",
] as const;

/**
 * Relationship types the projection adds to the vocabulary's: provenance, ended versions, the
 * values sources claim for a fact's fields, aliases, figures, and what is (not) the same entity.
 */
export const STRUCTURAL_TYPES = [
  "CITES",
  "HISTORICAL",
  "HAS_CLAIM",
  "HAS_ALIAS",
  "MEASURES",
  "MERGED_INTO",
  "DIFFERENT_FROM",
] as const;

export function graphModelOf(vocabulary: Vocabulary): GraphModel {
  const kindLabels = Object.keys(vocabulary.entityKinds);
  const factNodeLabels = nodeKindsOf(vocabulary).filter((kind) => !kindLabels.includes(kind));
  for (const label of factNodeLabels) {
    if (!(STRUCTURAL_LABELS as readonly string[]).includes(label))
      throw new Error(`the fact node kind ${label} has no label in the graph model`);
  }
  const relations = relationsOf(vocabulary);
  const factRelationshipTypes = relations.map((r) => r.type);
  return {
    labels: [...STRUCTURAL_LABELS, ...kindLabels],
    kindLabels,
    factRelationshipTypes,
    relationTypes: relations.filter((r) => r.category === "relation").map((r) => r.type),
    relationshipTypes: [...factRelationshipTypes, ...STRUCTURAL_TYPES],
  };
}

export const GRAPH_MODEL: GraphModel = graphModelOf(VOCABULARY);
