import { ENTITY_KINDS, type NodeKind } from "../domain/nodeKinds";
import { RELATION_TYPE_NAMES } from "../domain/relationTypes";

/**
 * Labels and relationship types the projection writes. Cypher cannot take a label as a
 * parameter on every Neo4j 5: they are written into the query text, or passed to APOC, and come
 * from this allow-list only, never from input.
 */
export const ENTITY_LABEL = "Entity";
export const RETRACTED_LABEL = "Retracted";
export const KIND_LABELS: readonly string[] = ENTITY_KINDS;

/** Labels a current node of this kind carries. */
export function labelsOf(kind: NodeKind | "IncidentUpdate"): string[] {
  if (kind === "Incident" || kind === "Statement" || kind === "IncidentUpdate") return [kind];
  if (!KIND_LABELS.includes(kind)) throw new Error(`no label for kind ${kind}`);
  return [ENTITY_LABEL, kind];
}

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

export const PROJECTION_SCHEMA = [
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (n:Incident) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT incident_update_id IF NOT EXISTS FOR (n:IncidentUpdate) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT retracted_id IF NOT EXISTS FOR (n:Retracted) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX retracted_stream IF NOT EXISTS FOR (n:Retracted) ON (n.stream)",
  "CREATE INDEX incident_update_stream IF NOT EXISTS FOR (n:IncidentUpdate) ON (n.stream)",
  "CREATE INDEX incident_stream IF NOT EXISTS FOR (n:Incident) ON (n.stream)",
  "CREATE INDEX statement_stream IF NOT EXISTS FOR (n:Statement) ON (n.stream)",
  "CREATE INDEX fact_stream IF NOT EXISTS FOR (n:Entity) ON (n.stream)",
  "CREATE INDEX incident_occurred IF NOT EXISTS FOR (n:Incident) ON (n.occurredFrom)",
  "CREATE INDEX historical_id IF NOT EXISTS FOR ()-[r:HISTORICAL]-() ON (r.id)",
  ...RELATION_TYPE_NAMES.map(
    (type) =>
      `CREATE INDEX relation_id_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
  ),
  // Full-text search over names and quotes (the API's @fulltext indexes use these names).
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Agency|Person|Station|Segment|Module|Vehicle|Component|Country|Place|Organization) ON EACH [n.name, n.aliasesText, n.description]",
  "CREATE FULLTEXT INDEX fact_quotes IF NOT EXISTS FOR (n:Entity|Incident|IncidentUpdate|Statement) ON EACH [n.quotesText]",
  "CREATE FULLTEXT INDEX incident_text IF NOT EXISTS FOR (n:Incident) ON EACH [n.title, n.description, n.quotesText]",
  "CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text, n.quotesText]",
];
