import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** The application name in the metadata of every transaction a request starts. */
export const TRANSACTION_APP = "iss-kg";

const scopes = new AsyncLocalStorage<RequestScope>();

/**
 * One request's time, and the end of the Cypher it started: reads run in it (through
 * requestScopedDriver) carry a transaction timeout no longer than the time left and the
 * request's id in their metadata, and are reset when the request ends: when its time runs out,
 * or when its client goes away. It is found through the async context of the request, so the
 * shared services (explorer, event store, the generated reads) need no parameter for it.
 */
export class RequestScope {
  readonly id = randomUUID();
  private readonly controller = new AbortController();
  private readonly deadline: number;
  private readonly timer: NodeJS.Timeout;
  private endReason: "timeout" | "closed" | "done" | undefined;

  constructor(readonly timeoutMs: number) {
    this.deadline = performance.now() + timeoutMs;
    this.timer = setTimeout(() => this.end("timeout"), timeoutMs);
    this.timer.unref();
  }

  /** The scope of the running request, if any (none at start-up, in a command's group commit...). */
  static current(): RequestScope | undefined {
    return scopes.getStore();
  }

  /** Runs work (and everything it starts) within this scope. */
  run<T>(work: () => T): T {
    return scopes.run(this, work);
  }

  /** Aborts when the request ends; its reason is why. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Why the request ended, once it has: its time ran out, its client left, or it was answered. */
  get ended(): "timeout" | "closed" | "done" | undefined {
    return this.endReason;
  }

  /** Whole milliseconds left, at least 1 while the request runs (a transaction timeout of 0 means none). */
  remainingMs(): number {
    return Math.max(1, Math.floor(this.deadline - performance.now()));
  }

  /** Ends the request: what it still runs in Neo4j is reset. The first reason given is kept. */
  end(reason: "timeout" | "closed" | "done"): void {
    clearTimeout(this.timer);
    if (this.endReason) return;
    this.endReason = reason;
    this.controller.abort(reason);
  }
}

/**
 * HTTP middleware: each request runs in a scope of its own, ended when its response is done or
 * its client goes away (the connection closes first).
 */
export function requestScopes(timeoutMs: number) {
  return (_request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const scope = new RequestScope(timeoutMs);
    // The id its transactions carry in their metadata: what SHOW TRANSACTIONS finds them by.
    response.setHeader("Request-Id", scope.id);
    response.on("close", () => scope.end(response.writableFinished ? "done" : "closed"));
    scope.run(next);
  };
}
