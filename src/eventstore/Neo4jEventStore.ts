import { EventEmitter } from "node:events";
import { Neo4jError, type BookmarkManager, type Driver } from "neo4j-driver";
import { toNumber } from "../neo4j/neo4jValues";
import { KEEP_PLAN, settleAll, StatementCounter, type CypherRunner } from "./CypherRunner";
import type { ArchivedEvent } from "./ArchivedEvent";
import type { EventRecord } from "./EventRecord";
import { EventFeed } from "./EventFeed";
import { EventLogReader, type EventFilter } from "./EventLogReader";
import { archivedEventProperties, fromEventProperties, toEventProperties } from "./eventProperties";
import { upgradeLegacyEvents } from "./legacyEvents";
import type { Append, InlineProjection, LockedLog, LockReads, WriteStatistics } from "./LockedLog";
import { continuedRevisions, readCommands, readStreamStates, writeLog } from "./logStatements";
import { RebuildInProgressError } from "./RebuildInProgressError";

/**
 * The append-only log in Neo4j, and the only code that knows how it is stored: (:Event) nodes
 * with a gapless global position, one (:EventStream) per stream with its revision and a
 * snapshot of its state, and one (:EventLog) holding the head. Writers take the head's lock
 * first, so appends are serialised (across processes too) and positions have no gaps.
 * Registered inline projections run in the append's transaction.
 */
export class Neo4jEventStore extends EventLogReader {
  private readonly counter = new StatementCounter();
  private readonly appended = new EventEmitter();
  private appendedEvents = 0;

  constructor(
    driver: Driver,
    database: string,
    private readonly options: {
      /** Shared with the readers of the same process, so that they read their writes in a cluster. */
      bookmarkManager?: BookmarkManager | undefined;
      projections?: readonly InlineProjection[];
    } = {},
  ) {
    super(driver, database, options.bookmarkManager);
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
   * Runs every statement the inline projections write with (statementsToPlan), each in a write
   * transaction of its own that is rolled back, whatever it did or refused: Neo4j plans each
   * and keeps the plan, so that the first append after a start waits for none. Returns how many
   * were planned.
   */
  async planProjections(): Promise<number> {
    const statements = (this.options.projections ?? []).flatMap(
      (projection) => projection.statementsToPlan?.() ?? [],
    );
    const session = this.session("WRITE");
    try {
      for (const { text, parameters } of statements) {
        const tx = session.beginTransaction();
        try {
          await tx.run(text, parameters);
        } catch (error) {
          // An empty row may be refused (a MERGE on a null id) once the plan is made; anything
          // else (Neo4j out of reach) is not a statement planned.
          if (!(error instanceof Neo4jError && error.code.startsWith("Neo.ClientError.Statement.")))
            throw error;
        } finally {
          if (tx.isOpen()) await tx.rollback();
        }
      }
    } finally {
      await session.close();
    }
    return statements.length;
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

  /**
   * New events as they are appended, from a position on (default: after the head): the log's
   * pages first, then, waiting, what this process or any other appends.
   */
  feed(fromPosition: number | undefined, filter: EventFilter = {}): EventFeed {
    return new EventFeed(this, fromPosition, filter);
  }
}
