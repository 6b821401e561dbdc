import type { Neo4jGraphQL } from "@neo4j/graphql";

type Neo4jFeaturesSettings = NonNullable<ConstructorParameters<typeof Neo4jGraphQL>[0]["features"]>;

/** @neo4j/graphql features: the deprecated filter spellings stay out of the schema. */
export const NEO4J_GRAPHQL_FEATURES: Neo4jFeaturesSettings = {
  excludeDeprecatedFields: {
    mutationOperations: true,
    aggregationFilters: true,
    aggregationFiltersOutsideConnection: true,
    relationshipFilters: true,
    attributeFilters: true,
  },
};
