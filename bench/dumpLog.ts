import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import stringify from "safe-stable-stringify";
import { LOG_LABELS } from "../src/eventstore/eventStoreSchema";
import { int, toNumber } from "../src/neo4j/neo4jValues";
import { graphValueCodec, type EncodedProperties } from "./graphValueCodec";

/* The log as nodes (src/eventstore): its events, its streams' revisions and snapshots, its head. */

export interface LogDump {
  /** JSON lines of the events' encoded properties, in the order of their positions. */
  eventsFile: string;
  events: number;
  /** Each stream's properties (its revision, snapshot and snapshot's version) by id. */
  streams: Map<string, EncodedProperties>;
  /** The head's properties ((:EventLog {id: 'main'})), or none for a log never written. */
  head: EncodedProperties | undefined;
  fingerprint: LogFingerprint;
}

/** A hash of every property of every node of the log, exact (integers stay integers). */
export interface LogFingerprint {
  sha256: string;
  events: number;
  streams: number;
}

/** Events (or streams) read a transaction. */
const EVENTS_PER_PAGE = 10_000;

/** A dump of a million events streams for minutes: past the server's default 120 s timeout. */
const LONG_READ = { timeout: 60 * 60_000 };

/**
 * Reads the whole log, events in the order of their positions, and hashes it; with a file,
 * writes the events there as JSON lines (kept out of memory: a million of them) and keeps the
 * streams (their snapshots are hundreds of megabytes at 1M: a fingerprint alone keeps none, or
 * the dump and a fingerprint after the load held two copies and the bench ran out of heap).
 */
async function readLog(
  driver: Driver,
  database: string,
  eventsFile: string | undefined,
  onProgress: (events: number) => void,
): Promise<Omit<LogDump, "eventsFile">> {
  const keepStreams = eventsFile !== undefined;
  const hash = createHash("sha256");
  const out = eventsFile ? createWriteStream(eventsFile) : undefined;
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    let events = 0;
    // By pages of positions: one ORDER BY over every event's properties sorts a million maps in
    // Neo4j's heap (at 1M it ran out of it); a page is a seek on the position index.
    for (let after = 0, read = EVENTS_PER_PAGE; read === EVENTS_PER_PAGE;) {
      const page = await session.run(
        `MATCH (e:Event) WHERE e.position > $after
         RETURN e.position AS position, properties(e) AS properties
         ORDER BY e.position LIMIT $page`,
        { after: int(after), page: int(EVENTS_PER_PAGE) },
        LONG_READ,
      );
      read = page.records.length;
      for (const record of page.records) {
        const line = JSON.stringify(graphValueCodec.encodeProperties(record.get("properties")));
        hash.update(`event ${line}\n`);
        if (out && !out.write(`${line}\n`)) await once(out, "drain");
        onProgress(++events);
        after = toNumber(record.get("position"));
      }
    }
    const streams = new Map<string, EncodedProperties>();
    let streamCount = 0;
    for (let after = "", read = EVENTS_PER_PAGE; read === EVENTS_PER_PAGE;) {
      const page = await session.run(
        `MATCH (s:EventStream) WHERE s.id > $after
         RETURN s.id AS id, properties(s) AS properties ORDER BY s.id LIMIT $page`,
        { after, page: int(EVENTS_PER_PAGE) },
        LONG_READ,
      );
      read = page.records.length;
      for (const record of page.records) {
        const properties = graphValueCodec.encodeProperties(record.get("properties"));
        hash.update(`stream ${stringify(properties)}\n`);
        after = record.get("id") as string;
        streamCount += 1;
        if (keepStreams) streams.set(after, properties);
      }
    }
    const heads = await session.run(
      "MATCH (l:EventLog) RETURN properties(l) AS properties ORDER BY l.id",
    );
    const headProperties = heads.records.map((r) =>
      graphValueCodec.encodeProperties(r.get("properties")),
    );
    if (headProperties.length > 1) throw new Error(`the log has ${headProperties.length} heads`);
    hash.update(`head ${stringify(headProperties)}\n`);
    return {
      events,
      streams,
      head: headProperties[0],
      fingerprint: { sha256: hash.digest("hex"), events, streams: streamCount },
    };
  } finally {
    await session.close();
    if (out) {
      out.end();
      await once(out, "finish");
    }
  }
}

/** Writes the log's events to dir/events.jsonl and keeps its streams and head. */
export async function dumpLog(
  driver: Driver,
  database: string,
  dir: string,
  onProgress: (events: number) => void = () => {},
): Promise<LogDump> {
  const eventsFile = path.join(dir, "log-events.jsonl");
  return { eventsFile, ...(await readLog(driver, database, eventsFile, onProgress)) };
}

/** The log's fingerprint: equal fingerprints, equal logs. */
export async function logFingerprint(driver: Driver, database: string): Promise<LogFingerprint> {
  return (await readLog(driver, database, undefined, () => {})).fingerprint;
}

/** Deletes every node of the log (it has no relationships), in transactions of bounded size. */
export async function deleteLog(driver: Driver, database: string): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    for (const label of LOG_LABELS) {
      await session.run(
        `MATCH (n:${label}) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
        {},
        LONG_READ,
      );
    }
  } finally {
    await session.close();
  }
}
