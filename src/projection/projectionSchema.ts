import type { Driver } from "neo4j-driver";
import { ENTITY_KINDS } from "../domain/nodeKinds";
import { RELATION_TYPE_NAMES } from "../domain/relationTypes";
import { applySchemaStatements } from "../neo4j/schemaStatements";

/**
 * The full-text indexes over names and quotes, by name (the API's @fulltext reads and search use
 * these names): what each indexes.
 */
const SEARCH_INDEXES: Record<string, string> = {
  entity_names:
    "(n:Agency|Person|Station|Segment|Module|Vehicle|Component|Country|Place|Organization) ON EACH [n.name, n.aliasesText, n.description]",
  fact_quotes: "(n:Entity|Incident|IncidentUpdate|Statement) ON EACH [n.quotesText]",
  incident_text: "(n:Incident) ON EACH [n.title, n.description, n.quotesText]",
  statement_text: "(n:Statement) ON EACH [n.text, n.quotesText]",
};

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
  // Eventually consistent: a commit does not wait for Lucene (it cost 8 ms of a commit's 16);
  // what it wrote is searchable a fraction of a second later (awaitSearchIndexes waits for it).
  ...Object.entries(SEARCH_INDEXES).map(
    ([name, target]) =>
      `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR ${target} OPTIONS {indexConfig: {\`fulltext.eventually_consistent\`: true}}`,
  ),
];

/** Creates the projection's constraints and indexes (idempotent), and waits for them. */
export async function ensureProjectionSchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // Our full-text indexes made before they were eventually consistent are made again.
    const fulltext = await session.run(
      `SHOW FULLTEXT INDEXES YIELD name, options WHERE name IN $names
       RETURN name, options.indexConfig AS config`,
      { names: Object.keys(SEARCH_INDEXES) },
    );
    for (const record of fulltext.records) {
      const config = record.get("config") as Record<string, unknown> | null;
      if (config?.["fulltext.eventually_consistent"] !== true)
        await session.run(`DROP INDEX ${record.get("name") as string} IF EXISTS`);
    }
    await applySchemaStatements(session, PROJECTION_SCHEMA);
  } finally {
    await session.close();
  }
}

/**
 * Waits until everything committed so far is searchable: the full-text indexes are eventually
 * consistent (after a seed, before answering that the service is ready; in tests).
 */
export async function awaitSearchIndexes(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(
    "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()",
    {},
    { database },
  );
}
