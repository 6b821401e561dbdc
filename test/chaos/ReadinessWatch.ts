/** What /readyz answers while Neo4j is killed and started again. */
export interface ReadinessFigures {
  /** From the kill to the first 503 (ms); undefined if none came. */
  notReadyAfterMillis: number | undefined;
  /** The slowest answer of /readyz meanwhile (ms). */
  slowestAnswerMillis: number;
  /** 503 answers whose body said more than "neo4j unreachable" (an address, a driver's message). */
  revealing: number;
  /** From Neo4j answering again to /readyz answering 200 (ms); undefined if it never did. */
  readyAgainMillis: number | undefined;
}

const NOT_READY = JSON.stringify({ status: "not ready", detail: "neo4j unreachable" });
const POLL_MILLIS = 100;

/**
 * Polls /readyz from a kill of Neo4j on, as a load balancer would, until it answers 200 after
 * `neo4jBack()` was called (or `stop()`).
 */
export class ReadinessWatch {
  private readonly started = performance.now();
  private backAt: number | undefined;
  private stopped = false;
  private readonly figures: ReadinessFigures = {
    notReadyAfterMillis: undefined,
    slowestAnswerMillis: 0,
    revealing: 0,
    readyAgainMillis: undefined,
  };
  private readonly done: Promise<void>;

  constructor(private readonly url: () => string) {
    this.done = this.poll();
  }

  neo4jBack(): void {
    this.backAt = performance.now();
  }

  /** Waits until /readyz says ready again (at most timeoutMs after neo4jBack) and returns. */
  async result(timeoutMs: number): Promise<ReadinessFigures> {
    const timer = setTimeout(() => (this.stopped = true), timeoutMs);
    await this.done;
    clearTimeout(timer);
    return this.figures;
  }

  stop(): void {
    this.stopped = true;
  }

  private async poll(): Promise<void> {
    while (!this.stopped) {
      const asked = performance.now();
      let status = 0;
      let text = "";
      try {
        const response = await fetch(this.url().replace(/\/graphql$/, "/readyz"), {
          signal: AbortSignal.timeout(5_000),
        });
        status = response.status;
        text = await response.text();
      } catch {
        // The API itself unreachable: not what this watches.
      }
      const answered = performance.now();
      if (status !== 0)
        this.figures.slowestAnswerMillis = Math.max(
          this.figures.slowestAnswerMillis,
          answered - asked,
        );
      if (status === 503) {
        this.figures.notReadyAfterMillis ??= answered - this.started;
        if (text !== NOT_READY) this.figures.revealing++;
      }
      if (status === 200 && this.backAt !== undefined && asked >= this.backAt) {
        this.figures.readyAgainMillis = answered - this.backAt;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MILLIS));
    }
  }
}
