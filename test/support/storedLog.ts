import type { Driver } from "neo4j-driver";
import { toNumber, toPlain } from "../../src/neo4j/neo4jValues";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { TEST_DATABASE } from "./testServices";

/**
 * The log as stored, read here directly (not through the code under test): every event's
 * properties in position order, every stream's revision and snapshot, the head.
 */
export async function storedLog(driver: Driver) {
  const run = (cypher: string) => driver.executeQuery(cypher, {}, { database: TEST_DATABASE });
  const events = await run("MATCH (e:Event) RETURN properties(e) AS e ORDER BY e.position");
  const streams = await run(
    "MATCH (s:EventStream) RETURN s.id AS id, s.revision AS revision, s.snapshot AS snapshot, s.snapshotVersion AS version ORDER BY id",
  );
  return {
    head: await storedHead(driver),
    events: events.records.map((r) => toPlain(r.get("e"))),
    streams: streams.records.map((r) => ({
      id: r.get("id") as string,
      revision: toPlain(r.get("revision")),
      version: toPlain(r.get("version")),
      // Compared as values: a restored snapshot's keys may come in another order.
      state: JSON.parse(r.get("snapshot") as string) as unknown,
    })),
  };
}

/** The log's head as stored: the position of its last event, 0 while it is empty. */
export async function storedHead(driver: Driver): Promise<number> {
  const head = await driver.executeQuery(
    "OPTIONAL MATCH (l:EventLog {id: 'main'}) RETURN l.position AS head",
    {},
    { database: TEST_DATABASE },
  );
  return toNumber(head.records[0]?.get("head") ?? 0);
}

/** The whole database: the log and the projection. */
export async function snapshot(driver: Driver) {
  return {
    log: await storedLog(driver),
    projection: await projectionFingerprint(driver, TEST_DATABASE),
  };
}
