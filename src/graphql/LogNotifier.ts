import { EventEmitter } from "node:events";

/**
 * Tells subscriptions that the log moved on. Commands of this process announce their new head at
 * once; commands of other processes over the same database are found by the subscriptions' polling.
 */
export class LogNotifier {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  appended(position: number): void {
    this.emitter.emit("appended", position);
  }

  /** Resolves at the next announcement, or after timeoutMs, or when the signal aborts. */
  next(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.emitter.off("appended", done);
        signal?.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.emitter.once("appended", done);
      signal?.addEventListener("abort", done, { once: true });
    });
  }
}
