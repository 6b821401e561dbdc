import type { RelationTarget } from "../catalogue/facts";
import type { CypherRunner } from "./CypherRunner";
import type { EventRecord } from "./EventRecord";

/** Lifecycle events from this schema version on name a relation fact's type and ends. */
const RELATION_TARGET_SINCE = 2;
const LIFECYCLE_TYPES = new Set(["FactCorroborated", "FactCorrected", "FactRetracted"]);

/**
 * Upcasts events written under older schema versions to the current shape, as they are read.
 * Version 1 of FactCorroborated, FactCorrected and FactRetracted did not name a relation fact's
 * type and ends; they are taken from the relation's first event (EntitiesLinked), in one query
 * for the whole page. The stored events are never rewritten.
 */
export async function upgradeLegacyEvents(
  cypher: CypherRunner,
  records: EventRecord[],
): Promise<EventRecord[]> {
  const legacy = records.filter(
    (r) =>
      LIFECYCLE_TYPES.has(r.type) &&
      r.schemaVersion < RELATION_TARGET_SINCE &&
      r.stream.startsWith("relation-"),
  );
  if (legacy.length === 0) return records;
  const result = await cypher.run(
    `UNWIND $streams AS stream
     MATCH (e:Event {stream: stream, revision: 1})
     RETURN stream, e.data AS data`,
    { streams: [...new Set(legacy.map((r) => r.stream))] },
  );
  const targets = new Map<string, RelationTarget>();
  for (const record of result.records) {
    const { relation, from, to } = JSON.parse(record.get("data") as string) as {
      relation: RelationTarget["type"];
      from: RelationTarget["from"];
      to: RelationTarget["to"];
    };
    targets.set(record.get("stream") as string, { type: relation, from, to });
  }
  for (const record of legacy) {
    const relation = targets.get(record.stream);
    if (relation) (record.event.data as { relation?: RelationTarget }).relation = relation;
  }
  return records;
}
