import { WaitingFeed } from "../eventstore/WaitingFeed";
import type { FactChange } from "./FactChange";
import { readChanges, type ChangeSources } from "./readChanges";

/** What a feed reads: the pages of changes, the log's head, and word of this process's appends. */
export interface FeedSources extends ChangeSources {
  head(): Promise<number>;
  nextAppend(timeoutMs: number, signal?: AbortSignal): Promise<void>;
}

const FEED_PAGE = 100;

/**
 * The facts changed after a position, then each change as it comes: `changes` read a page at a
 * time, each page relative to the one before (a fact is CREATED once, when it is first listed).
 */
export class FactChangeFeed extends WaitingFeed<FactChange> {
  constructor(
    private readonly sources: FeedSources,
    /** The position the subscriber has seen up to; the head when it subscribed, if undefined. */
    private position: number | undefined,
  ) {
    super((timeoutMs, signal) => sources.nextAppend(timeoutMs, signal));
  }

  /** Reads the next page; false when the log had nothing past the position (wait for more). */
  protected async fill(): Promise<boolean> {
    if (this.position === undefined) {
      this.position = await this.sources.head();
      return false;
    }
    const since = this.position;
    const page = await readChanges(this.sources, { since, first: FEED_PAGE });
    this.buffer.push(...page.changes);
    this.position = page.through;
    return page.through > since;
  }
}
