import type { EventRecord } from "./EventRecord";
import type { EventFilter } from "./EventLogReader";
import { WaitingFeed } from "./WaitingFeed";

/** What a feed reads: the log's head and pages, and word of this process's appends. */
export interface FeedSource {
  head(): Promise<number>;
  readAll(fromPosition: number, limit: number, filter: EventFilter): Promise<EventRecord[]>;
  nextAppend(timeoutMs: number, signal?: AbortSignal): Promise<void>;
}

const FEED_PAGE = 100;

/** The log's events from a position on, then each new one as it is appended. */
export class EventFeed extends WaitingFeed<EventRecord> {
  constructor(
    private readonly store: FeedSource,
    private nextPosition: number | undefined,
    private readonly filter: EventFilter,
  ) {
    super((timeoutMs, signal) => store.nextAppend(timeoutMs, signal));
  }

  /** Reads the next page of matching events; false when there was none. */
  protected async fill(): Promise<boolean> {
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
