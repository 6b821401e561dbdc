import { isNeo4jUnavailable } from "../neo4j/isNeo4jUnavailable";
import type { EventRecord } from "./EventRecord";
import type { EventFilter } from "./EventLogReader";

/** What a feed reads: the log's head and pages, and word of this process's appends. */
export interface FeedSource {
  head(): Promise<number>;
  readAll(fromPosition: number, limit: number, filter: EventFilter): Promise<EventRecord[]>;
  nextAppend(timeoutMs: number, signal?: AbortSignal): Promise<void>;
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
    private readonly store: FeedSource,
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
