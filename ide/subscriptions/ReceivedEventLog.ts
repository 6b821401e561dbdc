/** One result a subscription delivered, when it came. */
export interface ReceivedEvent {
  /** Counts every result received since the page loaded (the list's key). */
  sequence: number;
  receivedAt: Date;
  /** The subscription's operation name, or `subscription` for an anonymous one. */
  operationName: string;
  /** The result (`{ data }`, `{ errors }`), or the error that ended the stream. */
  payload: unknown;
  /** True when the stream failed with this error (not a result carrying `errors`). */
  failed: boolean;
}

/**
 * Every result the page's subscriptions received, newest last, at most `capacity` of them. A store
 * for React's useSyncExternalStore: each change makes a new array, so a snapshot never changes.
 */
export class ReceivedEventLog {
  private events: readonly ReceivedEvent[] = [];
  private sequence = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly capacity = 1_000) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): readonly ReceivedEvent[] => this.events;

  record(operationName: string, payload: unknown, failed = false, receivedAt = new Date()): void {
    this.sequence += 1;
    const event: ReceivedEvent = {
      sequence: this.sequence,
      receivedAt,
      operationName,
      payload,
      failed,
    };
    this.events = [...this.events.slice(-(this.capacity - 1)), event];
    this.listeners.forEach((listener) => listener());
  }

  clear(): void {
    this.events = [];
    this.listeners.forEach((listener) => listener());
  }
}
