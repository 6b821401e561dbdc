import type { Driver } from "neo4j-driver";
import { ENTITY_KINDS } from "../domain/nodeKinds";
import { RELATION_TYPE_NAMES } from "../domain/relationTypes";

/** The projection's constraints and indexes. */
export const PROJECTION_SCHEMA = [
  "CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE",
  // The generated reads find an entity by its kind's label and id (people(where: {id: ...})).
  ...ENTITY_KINDS.map(
    (kind) => `CREATE INDEX ${kind.toLowerCase()}_id IF NOT EXISTS FOR (n:${kind}) ON (n.id)`,
  ),
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

/** Creates the projection's constraints and indexes (idempotent), and waits for them. */
export async function ensureProjectionSchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of PROJECTION_SCHEMA) await session.run(statement);
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
}
