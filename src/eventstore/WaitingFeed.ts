import { isNeo4jUnavailable } from "../neo4j/isNeo4jUnavailable";

/** How often a feed looks at the log when this process appends nothing (other writers). */
const FEED_POLL_MILLIS = 1000;

/**
 * An async iterator over what the log holds from a position on, that waits for more: `fill`
 * reads the next items into `buffer`; when it found nothing, this process's appends wake the
 * feed at once, other processes' are seen by polling. Neo4j away (restarting, unreachable) is
 * waited out, reading again from the same position, so a subscriber keeps its socket and misses
 * nothing. return() ends it at once.
 */
export abstract class WaitingFeed<T> implements AsyncIterableIterator<T> {
  private readonly abort = new AbortController();
  protected readonly buffer: T[] = [];

  constructor(
    private readonly waitForAppend: (timeoutMs: number, signal?: AbortSignal) => Promise<void>,
  ) {}

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<T>> {
    while (!this.abort.signal.aborted) {
      const buffered = this.buffer.shift();
      if (buffered !== undefined) return { value: buffered, done: false };
      if (!(await this.fillUnlessUnavailable()))
        await this.waitForAppend(FEED_POLL_MILLIS, this.abort.signal);
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<T>> {
    this.abort.abort();
    return { value: undefined, done: true };
  }

  private async fillUnlessUnavailable(): Promise<boolean> {
    try {
      return await this.fill();
    } catch (error) {
      if (isNeo4jUnavailable(error)) return false;
      throw error;
    }
  }

  /** Reads the next items into the buffer; false when the log had nothing more (wait for it). */
  protected abstract fill(): Promise<boolean>;
}
