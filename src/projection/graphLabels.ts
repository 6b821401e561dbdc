/**
 * The projection's labels and relationship types are the graph model's (src/graph); the handlers
 * import them from here until they move into the catalogue.
 */
export {
  ENTITY_LABEL,
  FACT_LABEL,
  KIND_LABELS,
  labelsOf,
  PROJECTION_LABELS,
  RETRACTED_LABEL,
  type FactLabel,
} from "../graph/graphLabels";
export {
  assertRelationshipType,
  CITES_TYPE,
  FACT_RELATIONSHIP_TYPES,
  HISTORICAL_TYPE,
} from "../graph/relationshipTypes";
