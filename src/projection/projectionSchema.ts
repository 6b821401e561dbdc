import type { Driver } from "neo4j-driver";
import { FULLTEXT_INDEXES } from "../graph/fullTextIndexes";
import { KIND_LABELS, LABEL } from "../graph/graphLabels";
import { GRAPH_MODEL } from "../graph/GraphModel";
import { TYPE } from "../graph/relationshipTypes";
import { applySchemaStatements } from "../neo4j/schemaStatements";
import { TIMELINE_ENTRY_SCHEMA } from "./timelineEntries";

/**
 * The full-text indexes over names and quotes, by name (the API's @fulltext reads and search use
 * these names): what each indexes, from the graph model.
 */
const SEARCH_INDEXES: Record<string, string> = Object.fromEntries(
  Object.entries(FULLTEXT_INDEXES).map(([name, { labels, properties }]) => [
    name,
    `(n:${labels.join("|")}) ON EACH [${properties.map((p) => `n.${p}`).join(", ")}]`,
  ]),
);

const unique = (name: string, label: string) =>
  `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`;
const nodeIndex = (name: string, label: string, property: string) =>
  `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`;
const relationshipIndex = (name: string, type: string, property: string) =>
  `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${property})`;

/** The projection's constraints and indexes. */
export const PROJECTION_SCHEMA = [
  unique("fact_id", LABEL.Fact),
  // The generated reads find an entity by its kind's label and id (people(where: {id: ...})).
  ...KIND_LABELS.map((kind) => nodeIndex(`${kind.toLowerCase()}_id`, kind, "id")),
  unique("entity_id", LABEL.Entity),
  unique("incident_id", LABEL.Incident),
  unique("incident_update_id", LABEL.IncidentUpdate),
  unique("statement_id", LABEL.Statement),
  unique("article_id", LABEL.Article),
  unique("retracted_id", LABEL.Retracted),
  unique("quantity_id", LABEL.Quantity),
  unique("alias_id", LABEL.Alias),
  unique("claim_id", LABEL.Claim),
  // A fact's claims of a field: read by disputes and by every value read as known at a position.
  `CREATE INDEX claim_fact_field IF NOT EXISTS FOR (n:${LABEL.Claim}) ON (n.factId, n.field)`,
  nodeIndex("retracted_stream", LABEL.Retracted, "stream"),
  nodeIndex("incident_update_stream", LABEL.IncidentUpdate, "stream"),
  nodeIndex("incident_stream", LABEL.Incident, "stream"),
  nodeIndex("statement_stream", LABEL.Statement, "stream"),
  nodeIndex("fact_stream", LABEL.Entity, "stream"),
  nodeIndex("incident_occurred", LABEL.Incident, "occurredFrom"),
  relationshipIndex("historical_id", TYPE.HISTORICAL, "id"),
  ...TIMELINE_ENTRY_SCHEMA,
  ...GRAPH_MODEL.relationTypes.map((type) =>
    relationshipIndex(`relation_id_${type.toLowerCase()}`, type, "id"),
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
