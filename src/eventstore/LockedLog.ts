import type { CypherRunner } from "./CypherRunner";
import type { CommandRecord, EventRecord, StoredStream } from "./EventRecord";

/* What a writer of the log works with: the log as locked, and what it appends (Neo4jEventStore.write). */

/**
 * A projection the store runs inside its append transaction (an inline projection): the graph
 * changes with the log, in the same commit, never apart.
 */
export interface InlineProjection {
  readonly name: string;
  /** Applies newly appended events (position order) in the append's transaction. */
  apply(cypher: CypherRunner, events: readonly EventRecord[]): Promise<void>;
  /**
   * Its statements, each with parameters of the types apply sends (Neo4j keys a plan by both):
   * run once in a transaction that is rolled back, they leave Neo4j's plans made, so that the
   * first append after a start does not make them.
   */
  statementsToPlan?(): readonly { text: string; parameters: Record<string, unknown> }[];
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
