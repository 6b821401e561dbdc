import type { Driver, ManagedTransaction, Session } from "neo4j-driver";

/**
 * A raw load's write transactions, one after another on one session, and what they took: how
 * many, the time inside them (what the baseline is measured by) and the time since it began.
 */
export class TimedWrites {
  batches = 0;
  writeMillis = 0;
  private readonly started = performance.now();
  private readonly session: Session;

  constructor(driver: Driver, database: string) {
    this.session = driver.session({ database });
  }

  /** Runs one write transaction; answers the milliseconds it took. */
  async write(work: (tx: ManagedTransaction) => Promise<unknown>): Promise<number> {
    const writeStarted = performance.now();
    await this.session.executeWrite(work);
    const millis = performance.now() - writeStarted;
    this.writeMillis += millis;
    this.batches += 1;
    return millis;
  }

  get wallMillis(): number {
    return performance.now() - this.started;
  }

  close(): Promise<void> {
    return this.session.close();
  }
}
