import type { Record as Neo4jRecord } from "neo4j-driver";
import { int, toNumber } from "../neo4j/neo4jValues";
import type { ArchivedEvent } from "./ArchivedEvent";
import { KEEP_PLAN, type CypherRunner } from "./CypherRunner";
import type { CommandRecord, StoredStream } from "./EventRecord";
import type { Append, LockedLog } from "./LockedLog";
import { LogContinuityError } from "./LogContinuityError";

/* The statements of a write to the log, in the writer's transaction (Neo4jEventStore). */

/**
 * The statements that append events and move their streams and the log's head, sent into the
 * transaction without waiting (the caller settles them with its own).
 */
export function writeLog(
  cypher: CypherRunner,
  events: readonly Record<string, unknown>[],
  records: readonly { stream: string }[],
  streams: Append["streams"],
  head: number,
): Promise<unknown>[] {
  // A stream whose revision is the number of events it gains now is new: CREATE it.
  const gained = new Map<string, number>();
  for (const record of records) gained.set(record.stream, (gained.get(record.stream) ?? 0) + 1);
  const stored = streams.map((s) => ({
    ...s,
    revision: int(s.revision),
    snapshotVersion: int(s.snapshotVersion),
  }));
  const created = stored.filter((s) => gained.get(s.id) === s.revision.toNumber());
  const moved = stored.filter((s) => gained.get(s.id) !== s.revision.toNumber());
  return [
    cypher.run(`${KEEP_PLAN} UNWIND $events AS e CREATE (n:Event) SET n = e`, { events }),
    ...(created.length === 0
      ? []
      : [
          cypher.run(`${KEEP_PLAN} UNWIND $streams AS s CREATE (x:EventStream) SET x = s`, {
            streams: created,
          }),
        ]),
    ...(moved.length === 0
      ? []
      : [
          cypher.run(
            `${KEEP_PLAN} UNWIND $streams AS s
             MATCH (x:EventStream {id: s.id})
             SET x.revision = s.revision, x.snapshot = s.snapshot, x.snapshotVersion = s.snapshotVersion`,
            { streams: moved },
          ),
        ]),
    cypher.run(`${KEEP_PLAN} MATCH (l:EventLog {id: 'main'}) SET l.position = $head`, {
      head: int(head),
    }),
  ];
}

/**
 * The revision each stream reaches with events restored after the locked log's head, once
 * checked that they continue it: positions from the head on, revisions from each stream's on.
 */
export function continuedRevisions(
  log: LockedLog,
  events: readonly ArchivedEvent[],
): Map<string, number> {
  const revisions = new Map<string, number>();
  let position = log.head;
  for (const event of events) {
    if (event.position !== position + 1) {
      throw new LogContinuityError(
        position === log.head
          ? `the log ends at position ${log.head}: what is restored must start at ${log.head + 1}, not ${event.position}`
          : `positions must follow each other: ${event.position} after ${position}`,
      );
    }
    position = event.position;
    const current = revisions.get(event.stream) ?? log.streams.get(event.stream)?.revision ?? 0;
    if (event.revision !== current + 1) {
      throw new LogContinuityError(
        `the event at position ${event.position} is revision ${event.revision} of stream "${event.stream}", which stands at revision ${current}`,
      );
    }
    revisions.set(event.stream, event.revision);
  }
  return revisions;
}

/**
 * What one statement finds for each of a set of keys (`UNWIND $keys`, each key once), by key;
 * nothing is sent for no key.
 */
async function readByKey<V>(
  cypher: CypherRunner,
  keys: readonly string[],
  text: string,
  entry: (record: Neo4jRecord) => [string, V],
): Promise<Map<string, V>> {
  if (keys.length === 0) return new Map();
  const result = await cypher.run(text, { keys: [...new Set(keys)] });
  return new Map(result.records.map(entry));
}

/** The commands among commandIds executed before, each with its events. */
export function readCommands(
  cypher: CypherRunner,
  commandIds: readonly string[],
): Promise<Map<string, CommandRecord>> {
  return readByKey(
    cypher,
    commandIds,
    `${KEEP_PLAN} UNWIND $keys AS commandId
     MATCH (e:Event {commandId: commandId})
     WITH commandId, e ORDER BY e.position
     RETURN commandId, collect(e.commandHash)[0] AS contentHash, collect(e.stream)[0] AS stream,
            collect({id: e.id, position: e.position, revision: e.revision, type: e.type}) AS events`,
    (record) => {
      const commandId = record.get("commandId") as string;
      const events = record.get("events") as StoredEventRef[];
      return [
        commandId,
        {
          commandId,
          contentHash: record.get("contentHash") as string,
          stream: record.get("stream") as string,
          events: events.map((e) => ({
            id: e.id,
            position: toNumber(e.position),
            revision: toNumber(e.revision),
            type: e.type,
          })),
        },
      ];
    },
  );
}

/** An event of a command as the log returns it (integers as Neo4j's). */
interface StoredEventRef {
  id: string;
  position: unknown;
  revision: unknown;
  type: string;
}

/** The revision and snapshot of each stream among streams that exists. */
export function readStreamStates(
  cypher: CypherRunner,
  streams: readonly string[],
): Promise<Map<string, StoredStream>> {
  return readByKey(
    cypher,
    streams,
    `${KEEP_PLAN} UNWIND $keys AS id
     MATCH (s:EventStream {id: id})
     RETURN s.id AS id, s.revision AS revision, s.snapshot AS snapshot, s.snapshotVersion AS version`,
    (record) => {
      const version = record.get("version");
      return [
        record.get("id") as string,
        {
          revision: toNumber(record.get("revision")),
          snapshot: (record.get("snapshot") as string | null) ?? undefined,
          snapshotVersion: version === null ? undefined : toNumber(version),
        },
      ];
    },
  );
}
