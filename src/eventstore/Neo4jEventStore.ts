import { EventEmitter } from "node:events";
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from "neo4j-driver";
import { isNeo4jUnavailable } from "../neo4j/isNeo4jUnavailable";
import { int, toNumber } from "../neo4j/neo4jValues";
import { KEEP_PLAN, settleAll, StatementCounter, type CypherRunner } from "./CypherRunner";
import type { ArchivedEvent } from "./ArchivedEvent";
import type { CommandRecord, EventRecord, StoredStream } from "./EventRecord";
import {
  archivedEventProperties,
  fromEventProperties,
  toArchivedEvent,
  toEventProperties,
} from "./eventProperties";
import { upgradeLegacyEvents } from "./legacyEvents";
import { LogContinuityError } from "./LogContinuityError";
import { RebuildInProgressError } from "./RebuildInProgressError";

/**
 * A projection the store runs inside its append transaction (an inline projection): the graph
 * changes with the log, in the same commit, never apart.
 */
export interface InlineProjection {
  readonly name: string;
  /** Applies newly appended events (position order) in the append's transaction. */
  apply(cypher: CypherRunner, events: readonly EventRecord[]): Promise<void>;
}

/** What a writer reads under the log's lock, in the same round trip as the lock. */
export interface LockReads {
  commandIds: readonly string[];
  streams: readonly string[];
}

/** The log as a writer sees it while it holds the lock: nobody else can append meanwhile. */
export interface LockedLog {
  readonly head: number;
  /** Commands among LockReads.commandIds that were executed before. */
  readonly commands: ReadonlyMap<string, CommandRecord>;
  /** Streams among LockReads.streams that exist (an absent stream is at revision 0). */
  readonly streams: ReadonlyMap<string, StoredStream>;
  /** Reads more streams' revisions and snapshots (for what the first read could not foresee). */
  readStreamStates(streams: readonly string[]): Promise<Map<string, StoredStream>>;
  /** Reads whole streams (when a snapshot is missing or of a format its owner no longer reads). */
  readStreams(streams: readonly string[]): Promise<Map<string, EventRecord[]>>;
}

/** What a writer appends: events at the positions after the head, and its streams' new state. */
export interface Append {
  events: readonly EventRecord[];
  streams: readonly { id: string; revision: number; snapshot: string; snapshotVersion: number }[];
  /** Commands executed, each with the hash of its content (kept on its first event). */
  commands: readonly { commandId: string; contentHash: string }[];
}

export interface WriteStatistics {
  transactions: number;
  statements: number;
  appendedEvents: number;
}

export interface EventFilter {
  streams?: readonly string[] | null | undefined;
  types?: readonly string[] | null | undefined;
}

/**
 * The append-only log in Neo4j, and the only code that knows how it is stored: (:Event) nodes
 * with a gapless global position, one (:EventStream) per stream with its revision and a
 * snapshot of its state, and one (:EventLog) holding the head. Writers take the head's lock
 * first, so appends are serialised (across processes too) and positions have no gaps.
 * Registered inline projections run in the append's transaction.
 */
export class Neo4jEventStore {
  private readonly counter = new StatementCounter();
  private readonly appended = new EventEmitter();
  private appendedEvents = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly options: {
      /** Shared with the readers of the same process, so that they read their writes in a cluster. */
      bookmarkManager?: BookmarkManager | undefined;
      projections?: readonly InlineProjection[];
    } = {},
  ) {
    this.appended.setMaxListeners(0);
  }

  statistics(): WriteStatistics {
    return {
      transactions: this.counter.transactions,
      statements: this.counter.statements,
      appendedEvents: this.appendedEvents,
    };
  }

  /**
   * One write transaction: lock the log and read what the writer asked for (one round trip),
   * let the writer decide what to append, append it, run the inline projections, commit. The
   * writer may be called again if Neo4j retries the transaction; what it returns with the
   * committed append is the result. It may throw to append nothing.
   */
  async write<T>(
    reads: LockReads,
    writer: (log: LockedLog) => Promise<{ append: Append; result: T }>,
  ): Promise<T> {
    const session = this.session("WRITE");
    let head = 0;
    try {
      const result = await session.executeWrite(async (tx) => {
        this.counter.transactions += 1;
        const cypher = this.counter.wrap(tx);
        const log = await this.lock(cypher, reads);
        const { append, result } = await writer(log);
        head = log.head + append.events.length;
        if (append.events.length > 0) await this.appendAndProject(cypher, append, head);
        return result;
      });
      return result;
    } finally {
      await session.close();
      if (head > 0) this.appended.emit("appended", head);
    }
  }

  /**
   * What a writer would read (LockReads), in a read transaction that takes no lock and appends
   * nothing: a dry run decides against it. The reader may read more streams through it until it
   * returns; the log may have moved on by the time its answer is used.
   */
  async inspect<T>(reads: LockReads, reader: (log: LockedLog) => Promise<T>): Promise<T> {
    return this.read(async (tx) => reader(await this.lock(tx, reads, "read")));
  }

  private async lock(
    cypher: CypherRunner,
    reads: LockReads,
    mode: "lock" | "read" = "lock",
  ): Promise<LockedLog> {
    // SET takes the head's write lock (held until the transaction ends; REMOVE leaves no
    // trace). The read is sent right behind it and runs once the lock is held, so it sees the
    // latest commit; both go in one round trip.
    const lockStatement = cypher.run(
      mode === "lock"
        ? `${KEEP_PLAN} MERGE (l:EventLog {id: 'main'}) ON CREATE SET l.position = 0
       SET l.locked = true
       REMOVE l.locked
       RETURN l.position AS position, l.rebuilding = true AS rebuilding`
        : `OPTIONAL MATCH (l:EventLog {id: 'main'})
       RETURN coalesce(l.position, 0) AS position, l.rebuilding = true AS rebuilding`,
    );
    const commandsStatement = readCommands(cypher, reads.commandIds);
    const streamsStatement = readStreamStates(cypher, reads.streams);
    await settleAll([lockStatement, commandsStatement, streamsStatement]);
    const locked = (await lockStatement).records[0];
    if (locked?.get("rebuilding") === true) {
      throw new RebuildInProgressError(
        "the projection is being rebuilt; commands are refused until it ends",
      );
    }
    return {
      head: toNumber(locked?.get("position") ?? 0),
      commands: await commandsStatement,
      streams: await streamsStatement,
      readStreamStates: (streams) => readStreamStates(cypher, streams),
      readStreams: (streams) => this.readStreamsIn(cypher, streams),
    };
  }

  private async appendAndProject(cypher: CypherRunner, append: Append, head: number) {
    const hashes = new Map(append.commands.map((c) => [c.commandId, c.contentHash]));
    const firstOfCommand = new Set<string>();
    const events = append.events.map((record) => {
      const commandId = record.metadata.commandId;
      const first = !firstOfCommand.has(commandId);
      firstOfCommand.add(commandId);
      return toEventProperties(record, first ? hashes.get(commandId) : undefined);
    });
    await settleAll([
      ...writeLog(cypher, events, append.events, append.streams, head),
      ...(this.options.projections ?? []).map((p) => p.apply(cypher, append.events)),
    ]);
    this.appendedEvents += append.events.length;
  }

  // ---- Backup and restore ------------------------------------------------------------------

  /** The log from a position on exactly as it is stored (never upcast): what a backup holds. */
  async readArchived(fromPosition: number, limit: number): Promise<ArchivedEvent[]> {
    return this.read(async (tx) => {
      const result = await tx.run(
        `MATCH (e:Event) WHERE e.position >= $from
         WITH e ORDER BY e.position LIMIT $limit
         RETURN properties(e) AS e`,
        { from: int(fromPosition), limit: int(limit) },
      );
      return result.records.map((r) => toArchivedEvent(r.get("e") as Record<string, unknown>));
    });
  }

  /**
   * Appends events read from a backup at their own positions and revisions, exactly as they were
   * stored, in one write transaction with the inline projections, under the log's lock like any
   * append. They must continue the log where it ends: the first at the position after the head,
   * each at the revision after its stream's; otherwise nothing is written (LogContinuityError).
   * The streams' new snapshots come from their owner, the commands (`snapshots`: given the log
   * as locked and the events, the streams' new state). Returns the new head.
   */
  async restore(
    events: readonly ArchivedEvent[],
    snapshots: (log: LockedLog, records: readonly EventRecord[]) => Promise<Append["streams"]>,
  ): Promise<number> {
    if (events.length === 0) return this.head();
    const session = this.session("WRITE");
    let head = 0;
    try {
      await session.executeWrite(async (tx) => {
        this.counter.transactions += 1;
        const cypher = this.counter.wrap(tx);
        const streamIds = [...new Set(events.map((e) => e.stream))];
        const log = await this.lock(cypher, { commandIds: [], streams: streamIds });
        const revisions = continuedRevisions(log, events);
        const properties = events.map(archivedEventProperties);
        const records = properties.map(fromEventProperties);
        const streams = await snapshots(log, records);
        const written = new Map(streams.map((s) => [s.id, s.revision]));
        for (const [id, revision] of revisions) {
          if (written.get(id) !== revision)
            throw new Error(`the snapshot of stream "${id}" is not at its revision ${revision}`);
        }
        head = events[events.length - 1]!.position;
        // Lifecycle events of an older schema version are projected as a rebuild reads them:
        // upcast from their relation's first event, which may be among those just created
        // (statements of a transaction run in the order they are sent).
        const writes = writeLog(cypher, properties, records, streams, head);
        const projected = upgradeLegacyEvents(cypher, records).then((current) =>
          settleAll((this.options.projections ?? []).map((p) => p.apply(cypher, current))),
        );
        await settleAll([...writes, projected]);
      });
      this.appendedEvents += events.length;
      return head;
    } catch (error) {
      head = 0;
      throw error;
    } finally {
      await session.close();
      if (head > 0) this.appended.emit("appended", head);
    }
  }

  /** Resolves when this process next appends, after timeoutMs, or when the signal aborts. */
  nextAppend(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.appended.off("appended", done);
        signal?.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.appended.once("appended", done);
      signal?.addEventListener("abort", done, { once: true });
    });
  }

  // ---- Reads -----------------------------------------------------------------------------

  async head(): Promise<number> {
    const { records } = await this.query(
      "OPTIONAL MATCH (l:EventLog {id: 'main'}) RETURN coalesce(l.position, 0) AS position",
      {},
    );
    return toNumber(records[0]?.get("position") ?? 0);
  }

  /** A stream's events from a revision on, in revision order. */
  async readStream(stream: string, fromRevision = 1, limit = 1000): Promise<EventRecord[]> {
    return this.read((tx) =>
      this.events(
        tx,
        `MATCH (e:Event {stream: $stream}) WHERE e.revision >= $from
         WITH e ORDER BY e.revision LIMIT $limit
         RETURN e {.*} AS e`,
        { stream, from: int(fromRevision), limit: int(limit) },
      ),
    );
  }

  /** Whole streams, each in revision order (one query for all). */
  async readStreams(streams: readonly string[]): Promise<Map<string, EventRecord[]>> {
    return this.read((tx) => this.readStreamsIn(tx, streams));
  }

  /** The log from a position on, in position order, optionally of some streams or types only. */
  async readAll(fromPosition = 1, limit = 1000, filter: EventFilter = {}): Promise<EventRecord[]> {
    return this.read((tx) => this.readAllIn(tx, fromPosition, limit, filter));
  }

  /**
   * Like readAll, in a transaction of the caller's: the page and the head it was read at, so a
   * reader of the whole log (a rebuild) knows where it stands.
   */
  async readAllIn(
    tx: CypherRunner,
    fromPosition: number,
    limit: number,
    filter: EventFilter = {},
  ): Promise<EventRecord[]> {
    const streams = filter.streams ?? null;
    const types = filter.types ?? null;
    return this.events(
      tx,
      streams === null && types === null
        ? `MATCH (e:Event) WHERE e.position >= $from
           WITH e ORDER BY e.position LIMIT $limit
           RETURN e {.*} AS e`
        : `MATCH (e:Event) WHERE e.position >= $from
             AND ($streams IS NULL OR e.stream IN $streams) AND ($types IS NULL OR e.type IN $types)
           WITH e ORDER BY e.position LIMIT $limit
           RETURN e {.*} AS e`,
      { from: int(fromPosition), limit: int(limit), streams, types },
    );
  }

  /**
   * The events of a fact that cite a source, oldest first. factId is a stream (entity-zvezda) or
   * a bare id, which names whichever fact has it (entity, incident, statement or relation).
   */
  async sourcedEvents(factId: string): Promise<EventRecord[]> {
    return this.read((tx) =>
      this.events(
        tx,
        `MATCH (e:Event)
         WHERE e.stream IN $streams AND e.sourceArticle IS NOT NULL
         WITH e ORDER BY e.position
         RETURN e {.*} AS e`,
        { streams: factStreams(factId) },
      ),
    );
  }

  /**
   * New events as they are appended, from a position on (default: after the head): the log's
   * pages first, then, waiting, what this process or any other appends.
   */
  feed(fromPosition: number | undefined, filter: EventFilter = {}): EventFeed {
    return new EventFeed(this, fromPosition, filter);
  }

  // ---- Rebuilding ------------------------------------------------------------------------

  /** Marks the log as being rebuilt (commands are refused) and returns its head. */
  async beginRebuild(): Promise<number> {
    const session = this.session("WRITE");
    try {
      return await session.executeWrite(async (tx) => {
        const result = await tx.run(
          `MERGE (l:EventLog {id: 'main'}) ON CREATE SET l.position = 0
           WITH l, l.rebuilding = true AS already
           SET l.rebuilding = true
           RETURN l.position AS position, already`,
        );
        if (result.records[0]?.get("already") === true) {
          throw new RebuildInProgressError(
            "another rebuild is running, or one was interrupted: resume it (npm run rebuild -- --resume) or start over (--force)",
          );
        }
        return toNumber(result.records[0]?.get("position") ?? 0);
      });
    } finally {
      await session.close();
    }
  }

  /** The head, once a rebuild has been interrupted (the mark is still there), to resume it. */
  async resumeRebuild(): Promise<number> {
    const { records } = await this.query(
      "MATCH (l:EventLog {id: 'main'}) RETURN l.position AS position, l.rebuilding = true AS rebuilding",
      {},
    );
    if (records[0]?.get("rebuilding") !== true) {
      throw new RebuildInProgressError("no rebuild to resume: the log carries no rebuilding mark");
    }
    return toNumber(records[0]?.get("position") ?? 0);
  }

  /** Whether the log carries the rebuilding mark (a rebuild runs, or was interrupted). */
  async rebuildMarked(): Promise<boolean> {
    const { records } = await this.query(
      "OPTIONAL MATCH (l:EventLog {id: 'main'}) RETURN l.rebuilding = true AS rebuilding",
      {},
    );
    return records[0]?.get("rebuilding") === true;
  }

  async endRebuild(): Promise<void> {
    await this.query("MATCH (l:EventLog {id: 'main'}) REMOVE l.rebuilding", {}, "WRITE");
  }

  // ---- Internals -------------------------------------------------------------------------

  private session(mode: "READ" | "WRITE") {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.options.bookmarkManager ? { bookmarkManager: this.options.bookmarkManager } : {}),
    });
  }

  private async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session("READ");
    try {
      return await session.executeRead(work);
    } finally {
      await session.close();
    }
  }

  private query(cypher: string, params: Record<string, unknown>, mode: "READ" | "WRITE" = "READ") {
    return this.driver.executeQuery(cypher, params, {
      database: this.database,
      routing: mode === "READ" ? neo4j.routing.READ : neo4j.routing.WRITE,
      ...(this.options.bookmarkManager ? { bookmarkManager: this.options.bookmarkManager } : {}),
    });
  }

  private async readStreamsIn(
    tx: CypherRunner,
    streams: readonly string[],
  ): Promise<Map<string, EventRecord[]>> {
    const byStream = new Map<string, EventRecord[]>(streams.map((s) => [s, []]));
    if (streams.length === 0) return byStream;
    const records = await this.events(
      tx,
      `UNWIND $streams AS stream
       MATCH (e:Event {stream: stream})
       WITH e ORDER BY e.stream, e.revision
       RETURN e {.*} AS e`,
      { streams: [...new Set(streams)] },
    );
    for (const record of records) byStream.get(record.stream)?.push(record);
    return byStream;
  }

  /**
   * Runs a query returning events as `e`, upgrading events of older schema versions. Order and
   * limit come before the projection `e {.*}`: ordered by the node's property, the index gives
   * the order; ordered by the projected map's, every matching event would be read and sorted.
   */
  private async events(
    tx: CypherRunner,
    cypher: string,
    params: Record<string, unknown>,
  ): Promise<EventRecord[]> {
    const result = await tx.run(cypher, params);
    const records = result.records.map((r) =>
      fromEventProperties(r.get("e") as Record<string, unknown>),
    );
    return upgradeLegacyEvents(tx, records);
  }
}

/**
 * The statements that append events and move their streams and the log's head, sent into the
 * transaction without waiting (the caller settles them with its own).
 */
function writeLog(
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
function continuedRevisions(log: LockedLog, events: readonly ArchivedEvent[]): Map<string, number> {
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

/** The streams a fact id may name: itself if it is a stream, else any fact with that id. */
export function factStreams(factId: string): string[] {
  return [
    factId,
    ...["entity", "incident", "statement", "relation"].map((category) => `${category}-${factId}`),
  ];
}

async function readCommands(
  cypher: CypherRunner,
  commandIds: readonly string[],
): Promise<Map<string, CommandRecord>> {
  const found = new Map<string, CommandRecord>();
  if (commandIds.length === 0) return found;
  const result = await cypher.run(
    `${KEEP_PLAN} UNWIND $commandIds AS commandId
     MATCH (e:Event {commandId: commandId})
     WITH commandId, e ORDER BY e.position
     RETURN commandId, collect(e.commandHash)[0] AS contentHash, collect(e.stream)[0] AS stream,
            collect({id: e.id, position: e.position, revision: e.revision, type: e.type}) AS events`,
    { commandIds: [...new Set(commandIds)] },
  );
  for (const record of result.records) {
    const commandId = record.get("commandId") as string;
    found.set(commandId, {
      commandId,
      contentHash: record.get("contentHash") as string,
      stream: record.get("stream") as string,
      events: (
        record.get("events") as { id: string; position: unknown; revision: unknown; type: string }[]
      ).map((e) => ({
        id: e.id,
        position: toNumber(e.position),
        revision: toNumber(e.revision),
        type: e.type,
      })),
    });
  }
  return found;
}

async function readStreamStates(
  cypher: CypherRunner,
  streams: readonly string[],
): Promise<Map<string, StoredStream>> {
  const found = new Map<string, StoredStream>();
  if (streams.length === 0) return found;
  const result = await cypher.run(
    `${KEEP_PLAN} UNWIND $streams AS id
     MATCH (s:EventStream {id: id})
     RETURN s.id AS id, s.revision AS revision, s.snapshot AS snapshot, s.snapshotVersion AS version`,
    { streams: [...new Set(streams)] },
  );
  for (const record of result.records) {
    const version = record.get("version");
    found.set(record.get("id") as string, {
      revision: toNumber(record.get("revision")),
      snapshot: (record.get("snapshot") as string | null) ?? undefined,
      snapshotVersion: version === null ? undefined : toNumber(version),
    });
  }
  return found;
}

/** How often a feed looks at the log when this process appends nothing (other writers). */
const FEED_POLL_MILLIS = 1000;
const FEED_PAGE = 100;

/**
 * The log from a position on, as an async iterator that waits for new events: this process's
 * appends wake it at once, other processes' are seen by polling. return() ends it at once.
 */
export class EventFeed implements AsyncIterableIterator<EventRecord> {
  private readonly abort = new AbortController();
  private readonly buffer: EventRecord[] = [];

  constructor(
    private readonly store: Neo4jEventStore,
    private nextPosition: number | undefined,
    private readonly filter: EventFilter,
  ) {}

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<EventRecord>> {
    while (!this.abort.signal.aborted) {
      const buffered = this.buffer.shift();
      if (buffered) return { value: buffered, done: false };
      if (!(await this.fillUnlessUnavailable()))
        await this.store.nextAppend(FEED_POLL_MILLIS, this.abort.signal);
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<EventRecord>> {
    this.abort.abort();
    return { value: undefined, done: true };
  }

  /**
   * Neo4j away (restarting, unreachable) is waited out: the feed reads again from the same
   * position until it is back, so a subscriber keeps its socket and misses nothing.
   */
  private async fillUnlessUnavailable(): Promise<boolean> {
    try {
      return await this.fill();
    } catch (error) {
      if (isNeo4jUnavailable(error)) return false;
      throw error;
    }
  }

  /** Reads the next page of matching events; false when there was none. */
  private async fill(): Promise<boolean> {
    if (this.nextPosition === undefined) {
      this.nextPosition = (await this.store.head()) + 1;
      return false;
    }
    const head = await this.store.head();
    if (head < this.nextPosition) return false;
    const events = (await this.store.readAll(this.nextPosition, FEED_PAGE, this.filter)).filter(
      (e) => e.position <= head,
    );
    this.buffer.push(...events);
    // A full page may leave more behind it; otherwise everything up to the head has been seen.
    this.nextPosition =
      events.length === FEED_PAGE ? events[events.length - 1]!.position + 1 : head + 1;
    return events.length > 0;
  }
}
