import type { Driver } from "neo4j-driver";
import { toNumber } from "../neo4j/neo4jValues";
import { applySchemaStatements } from "../neo4j/schemaStatements";

/** The log's constraints and indexes, created at start (idempotent). */
export const EVENT_STORE_SCHEMA = [
  "CREATE CONSTRAINT event_position IF NOT EXISTS FOR (e:Event) REQUIRE e.position IS UNIQUE",
  // Also serves reads by stream alone (a prefix of the composite index).
  "CREATE CONSTRAINT event_stream_revision IF NOT EXISTS FOR (e:Event) REQUIRE (e.stream, e.revision) IS UNIQUE",
  "CREATE CONSTRAINT event_stream_id IF NOT EXISTS FOR (s:EventStream) REQUIRE s.id IS UNIQUE",
  "CREATE CONSTRAINT event_log_id IF NOT EXISTS FOR (l:EventLog) REQUIRE l.id IS UNIQUE",
  "CREATE INDEX event_command IF NOT EXISTS FOR (e:Event) ON (e.commandId)",
  "CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)",
];

/** Indexes of earlier formats of the log that nothing uses any more. */
const RETIRED_SCHEMA = [
  "DROP CONSTRAINT event_id IF EXISTS",
  "DROP INDEX event_stream IF EXISTS",
  "DROP CONSTRAINT command_id IF EXISTS",
];

/** Labels of the log itself; every other node is the projection's. */
export const LOG_LABELS = ["Event", "EventStream", "EventLog"] as const;

/**
 * Creates the log's schema and brings a log of an earlier format up to this one, in place and
 * idempotently. Format 1 kept each command's result on a (:Command) node: now the events of a
 * command are its record (looked up by the indexed commandId) and the hash of its content is kept
 * on its first event.
 */
export async function ensureEventStoreSchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await applySchemaStatements(session, EVENT_STORE_SCHEMA);
    await session.run(
      `MATCH (c:Command)
       CALL (c) {
         WITH c, apoc.convert.fromJsonMap(c.result) AS result
         UNWIND result.events AS event
         MATCH (e:Event {position: event.position})
         WITH c, e ORDER BY e.position LIMIT 1
         SET e.commandHash = c.contentHash
         DELETE c
       } IN TRANSACTIONS OF 5000 ROWS`,
    );
    const left = await session.run("MATCH (c:Command) RETURN count(c) AS left");
    if (toNumber(left.records[0]?.get("left") ?? 0) === 0)
      await applySchemaStatements(session, RETIRED_SCHEMA);
    await session.run("MERGE (l:EventLog {id: 'main'}) ON CREATE SET l.position = 0");
  } finally {
    await session.close();
  }
}
