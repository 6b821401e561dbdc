import type { ManagedTransaction, Node, Record as Neo4jRecord } from "neo4j-driver";
import type { Source } from "../domain/source";
import type { WorldTime } from "../domain/WorldTime";
import type { DomainEvent } from "../events/DomainEvent";
import { int, toNumber } from "../neo4j/neo4jValues";
import type { EventRecord } from "./EventRecord";

/** What a command appended, kept so a retry with the same command id gets the same answer. */
export interface CommandRecord {
  commandId: string;
  /** Hash of the command's content: the same id with other content is refused. */
  contentHash: string;
  stream: string;
  events: { id: string; position: number; revision: number; type: string }[];
}

/**
 * The append-only log as (:Event) nodes, with one (:EventStream) per stream holding its
 * revision, one (:Command) per executed command, and one (:EventLog) holding the head position.
 * Writers take the head's lock first, so appends are serialised and positions stay gapless.
 * All methods run inside a transaction the caller owns.
 */
export class Neo4jEventStore {
  /**
   * Locks the log for this transaction and returns its head position, and whether a rebuild of
   * the projection is running (commands must wait for it).
   */
  async lockHead(tx: ManagedTransaction): Promise<{ position: number; rebuilding: boolean }> {
    // SET takes the node's write lock (held until the transaction ends; REMOVE leaves no trace);
    // what is read after it (WITH) is the latest commit.
    const result = await tx.run(
      `MERGE (l:EventLog {id: 'main'}) ON CREATE SET l.position = 0
       SET l.locked = true
       REMOVE l.locked
       WITH l
       RETURN l.position AS position, l.rebuilding = true AS rebuilding`,
    );
    return {
      position: toNumber(result.records[0]?.get("position")),
      rebuilding: result.records[0]?.get("rebuilding") === true,
    };
  }

  async setHead(tx: ManagedTransaction, position: number): Promise<void> {
    await tx.run("MATCH (l:EventLog {id: 'main'}) SET l.position = $position", {
      position: int(position),
    });
  }

  async head(tx: ManagedTransaction): Promise<number> {
    const result = await tx.run(
      "OPTIONAL MATCH (l:EventLog {id: 'main'}) RETURN coalesce(l.position, 0) AS position",
    );
    return toNumber(result.records[0]?.get("position"));
  }

  async streamRevision(tx: ManagedTransaction, stream: string): Promise<number> {
    const result = await tx.run(
      "OPTIONAL MATCH (s:EventStream {id: $stream}) RETURN coalesce(s.revision, 0) AS revision",
      {
        stream,
      },
    );
    return toNumber(result.records[0]?.get("revision"));
  }

  /** Events of several streams, each in revision order. */
  async readStreams(
    tx: ManagedTransaction,
    streams: readonly string[],
  ): Promise<Map<string, EventRecord[]>> {
    const byStream = new Map<string, EventRecord[]>(streams.map((s) => [s, []]));
    if (streams.length === 0) return byStream;
    const result = await tx.run(
      "MATCH (e:Event) WHERE e.stream IN $streams RETURN e ORDER BY e.stream, e.revision",
      { streams: [...new Set(streams)] },
    );
    for (const record of result.records) {
      const event = toEventRecord(record);
      byStream.get(event.stream)?.push(event);
    }
    return byStream;
  }

  /** A stream's events from a revision on. */
  async readStream(
    tx: ManagedTransaction,
    stream: string,
    fromRevision = 1,
    limit = 1000,
  ): Promise<EventRecord[]> {
    const result = await tx.run(
      "MATCH (e:Event {stream: $stream}) WHERE e.revision >= $from RETURN e ORDER BY e.revision LIMIT $limit",
      { stream, from: int(fromRevision), limit: int(limit) },
    );
    return result.records.map(toEventRecord);
  }

  /** The whole log from a position on, in pages (position order). */
  async readAll(tx: ManagedTransaction, fromPosition = 1, limit = 1000): Promise<EventRecord[]> {
    const result = await tx.run(
      "MATCH (e:Event) WHERE e.position >= $from RETURN e ORDER BY e.position LIMIT $limit",
      { from: int(fromPosition), limit: int(limit) },
    );
    return result.records.map(toEventRecord);
  }

  async append(tx: ManagedTransaction, events: readonly EventRecord[]): Promise<void> {
    if (events.length === 0) return;
    await tx.run(
      `UNWIND $events AS e
       CREATE (n:Event)
       SET n = e.props, n.recordedAt = datetime(e.recordedAt)
       WITH e
       MERGE (s:EventStream {id: e.props.stream})
       SET s.revision = e.props.revision`,
      { events: events.map(toParameters) },
    );
  }

  /** Commands already executed, by id, among the given ids. */
  async findCommands(
    tx: ManagedTransaction,
    commandIds: readonly string[],
  ): Promise<Map<string, CommandRecord>> {
    const result = await tx.run(
      "MATCH (c:Command) WHERE c.id IN $commandIds RETURN c.result AS result",
      { commandIds: [...new Set(commandIds)] },
    );
    const found = new Map<string, CommandRecord>();
    for (const record of result.records) {
      const command = JSON.parse(record.get("result") as string) as CommandRecord;
      found.set(command.commandId, command);
    }
    return found;
  }

  async recordCommands(
    tx: ManagedTransaction,
    records: readonly CommandRecord[],
    recordedAt: string,
  ): Promise<void> {
    if (records.length === 0) return;
    await tx.run(
      `UNWIND $commands AS c
       CREATE (:Command {id: c.commandId, contentHash: c.contentHash, stream: c.stream,
                         result: c.result, recordedAt: datetime($recordedAt)})`,
      {
        commands: records.map((r) => ({
          commandId: r.commandId,
          contentHash: r.contentHash,
          stream: r.stream,
          result: JSON.stringify(r),
        })),
        recordedAt,
      },
    );
  }
}

function toParameters(record: EventRecord) {
  return {
    recordedAt: record.recordedAt,
    props: {
      id: record.id,
      position: int(record.position),
      stream: record.stream,
      revision: int(record.revision),
      type: record.type,
      schemaVersion: int(record.schemaVersion),
      data: JSON.stringify(record.event.data),
      metadata: JSON.stringify(record.metadata),
      commandId: record.metadata.commandId,
      correlationId: record.metadata.correlationId,
      causationId: record.metadata.causationId,
      actor: record.metadata.actor,
      occurredAt: record.occurredAt?.value ?? null,
      occurredPrecision: record.occurredAt?.precision ?? null,
      sourceArticle: record.source?.articleId ?? null,
      sourceQuote: record.source?.quote ?? null,
      sourceNote: record.source?.note ?? null,
    },
  };
}

export function toEventRecord(record: Neo4jRecord): EventRecord {
  const node = record.get("e") as Node;
  const p = node.properties as Record<string, unknown>;
  const source: Source | undefined =
    p.sourceArticle === null || p.sourceArticle === undefined
      ? undefined
      : {
          articleId: p.sourceArticle as string,
          quote: p.sourceQuote as string,
          ...(p.sourceNote ? { note: p.sourceNote as string } : {}),
        };
  const occurredAt: WorldTime | undefined =
    p.occurredAt === null || p.occurredAt === undefined
      ? undefined
      : { value: p.occurredAt as string, precision: p.occurredPrecision as WorldTime["precision"] };
  const event = { type: p.type, data: JSON.parse(p.data as string) } as DomainEvent;
  if (source && event.type !== "ArticleRegistered") event.source = source;
  return {
    id: p.id as string,
    position: toNumber(p.position),
    stream: p.stream as string,
    revision: toNumber(p.revision),
    type: event.type,
    schemaVersion: toNumber(p.schemaVersion),
    event,
    metadata: JSON.parse(p.metadata as string),
    occurredAt,
    recordedAt: String(p.recordedAt),
    source,
  };
}
