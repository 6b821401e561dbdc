import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from "neo4j-driver";
import { int, toNumber } from "../neo4j/neo4jValues";
import type { ArchivedEvent } from "./ArchivedEvent";
import type { CypherRunner } from "./CypherRunner";
import type { EventRecord } from "./EventRecord";
import { fromEventProperties, toArchivedEvent } from "./eventProperties";
import { upgradeLegacyEvents } from "./legacyEvents";
import {
  FACT_EVENTS_COUNT,
  FACT_EVENTS_PAGE,
  STREAM_HEADS,
  type FactEventsPage,
} from "./factEvents";
import { HEAD, LAST_CHANGES, type StreamChanges } from "./lastChanges";
import { RebuildInProgressError } from "./RebuildInProgressError";

export interface EventFilter {
  streams?: readonly string[] | null | undefined;
  types?: readonly string[] | null | undefined;
}

/** The streams a fact id may name: itself if it is a stream, else any fact with that id. */
export function factStreams(factId: string): string[] {
  return [
    factId,
    ...["entity", "incident", "statement", "relation"].map((category) => `${category}-${factId}`),
  ];
}

/**
 * The log's reads (Neo4jEventStore adds its writes): the head, streams, pages of the log in
 * position order, a fact's sourced events, the log as stored for a backup, and the mark of a
 * rebuild. Events of older schema versions are upgraded as they are read.
 */
export class EventLogReader {
  constructor(
    protected readonly driver: Driver,
    protected readonly database: string,
    /** Shared with the readers of the same process, so that they read their writes in a cluster. */
    protected readonly bookmarkManager?: BookmarkManager,
  ) {}

  // ---- Reads -----------------------------------------------------------------------------

  async head(): Promise<number> {
    const { records } = await this.query(HEAD, {});
    return toNumber(records[0]?.get("position") ?? 0);
  }

  /**
   * The streams changed after a position, each once, at its last event up to the head, in the
   * order of those events: at most `limit` streams from at most `window` positions (positions
   * have no gaps, so the window bounds the events read), each event's successor in its stream
   * sought on the (stream, revision) index. One read transaction: the head and the page agree.
   */
  async streamChanges(after: number, limit: number, window: number): Promise<StreamChanges> {
    return this.read(async (tx) => {
      const head = toNumber((await tx.run(HEAD)).records[0]?.get("position") ?? 0);
      const until = Math.min(head, after + window);
      const lastEvents = await this.events(tx, LAST_CHANGES, {
        after: int(after),
        until: int(until),
        head: int(head),
        limit: int(limit),
      });
      const firsts = await tx.run(
        `UNWIND $streams AS stream
         MATCH (e:Event {stream: stream, revision: 1})
         RETURN stream, e.position AS position`,
        { streams: lastEvents.map((e) => e.stream) },
      );
      return {
        head,
        lastEvents,
        firstPositions: new Map(
          firsts.records.map((r) => [r.get("stream") as string, toNumber(r.get("position"))]),
        ),
        through: lastEvents.length === limit ? lastEvents[limit - 1]!.position : until,
      };
    });
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

  /** The first `limit` events of each stream, in revision order (one query for all). */
  async streamHeads(streams: readonly string[], limit: number): Promise<EventRecord[]> {
    const unique = [...new Set(streams)];
    return this.read((tx) => this.events(tx, STREAM_HEADS, { streams: unique, limit: int(limit) }));
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
   * A fact's events after a log position, oldest first, at most `limit` of them: its history, or
   * with `sourced` only those that cite a source. factId is a stream (entity-zvezda) or a bare
   * id, which names whichever fact has it (entity, incident, statement or relation).
   */
  async factEvents(factId: string, page: FactEventsPage): Promise<EventRecord[]> {
    return this.read((tx) =>
      this.events(tx, FACT_EVENTS_PAGE, {
        streams: factStreams(factId),
        sourced: page.sourced ?? false,
        after: int(page.after),
        limit: int(page.limit),
      }),
    );
  }

  /** How many events factEvents reads from the start (a history's or its sources' total). */
  async countFactEvents(factId: string, page: Pick<FactEventsPage, "sourced">): Promise<number> {
    const { records } = await this.query(FACT_EVENTS_COUNT, {
      streams: factStreams(factId),
      sourced: page.sourced ?? false,
    });
    return toNumber(records[0]?.get("total") ?? 0);
  }

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

  protected session(mode: "READ" | "WRITE") {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.bookmarkManager ? { bookmarkManager: this.bookmarkManager } : {}),
    });
  }

  protected async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session("READ");
    try {
      return await session.executeRead(work);
    } finally {
      await session.close();
    }
  }

  protected query(
    cypher: string,
    params: Record<string, unknown>,
    mode: "READ" | "WRITE" = "READ",
  ) {
    return this.driver.executeQuery(cypher, params, {
      database: this.database,
      routing: mode === "READ" ? neo4j.routing.READ : neo4j.routing.WRITE,
      ...(this.bookmarkManager ? { bookmarkManager: this.bookmarkManager } : {}),
    });
  }

  protected async readStreamsIn(
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
  protected async events(
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
