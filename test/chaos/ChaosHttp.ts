import { writerHeaders } from "../support/writerHeaders";
import { receiptsOf, type ChaosOperation, type Receipt } from "./chaosOperations";

/** A definitive answer: the command was executed (now or before), or the domain refused it. */
export type Answer =
  | { kind: "acknowledged"; receipts: Receipt[] }
  | { kind: "refused"; code: string; message: string; extensions: Record<string, unknown> };

/** No definitive answer: the request is sent again with the same command ids. */
type Failure = { kind: "failed"; reason: string };

/** What the run was doing when a request failed: the failures are counted by it. */
export type Phase = "steady" | "neo4j down" | "API down";

/** Codes of a refusal by the domain: a definitive answer, never retried. */
const REFUSALS = new Set(["BAD_USER_INPUT", "NOT_FOUND", "CONFLICT"]);

/** Each request gets this long; then it is abandoned and sent again. */
const REQUEST_TIMEOUT_MILLIS = 30_000;

/** Requests and their failures, by phase and reason, and how fast Neo4j's absence is told. */
export class RequestStats {
  requests = 0;
  phase: Phase = "steady";
  readonly failures = new Map<string, number>();
  /**
   * How long each SERVICE_UNAVAILABLE answer took to a request sent while Neo4j was down (ms);
   * one sent before the kill may have waited for a slow write first.
   */
  readonly unavailableMillis: number[] = [];

  /** A failed request, counted under the phase in which it was sent. */
  failed(reason: string, millis: number, sentIn: Phase): void {
    const key = `${sentIn}: ${reason}`;
    this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
    if (sentIn === "neo4j down" && reason === "SERVICE_UNAVAILABLE")
      this.unavailableMillis.push(millis);
  }
}

/**
 * GraphQL over HTTP as a writer client sends it: every request with the writer's headers, sent
 * again with the same command ids until it gets a definitive answer (the API or Neo4j may be
 * down meanwhile), as a client of an idempotent API should.
 */
export class ChaosHttp {
  readonly stats = new RequestStats();

  constructor(
    /** The API's current address (it changes when the API restarts on another port). */
    private readonly url: () => string,
    /** True once the run is abandoned: a request then stops being retried. */
    private readonly abandoned: () => boolean,
    /** A writer's credentials, for each request. */
    private readonly headers: () => Promise<Record<string, string>> = writerHeaders,
  ) {}

  /** Sends until answered; undefined only when the run is abandoned. */
  async sendUntilAnswered(
    operation: ChaosOperation,
  ): Promise<{ answer: Answer; attempts: number } | undefined> {
    for (let attempts = 1; !this.abandoned(); attempts++) {
      const started = performance.now();
      const phase = this.stats.phase;
      const result = await this.send(operation);
      if (result.kind !== "failed") return { answer: result, attempts };
      this.stats.failed(result.reason, performance.now() - started, phase);
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempts)));
    }
    return undefined;
  }

  private async send(operation: ChaosOperation): Promise<Answer | Failure> {
    this.stats.requests++;
    let status: number;
    let text: string;
    try {
      const response = await fetch(this.url(), {
        method: "POST",
        headers: { "content-type": "application/json", ...(await this.headers()) },
        body: JSON.stringify({ query: operation.query, variables: operation.variables }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MILLIS),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      return {
        kind: "failed",
        reason: (error as Error).name === "TimeoutError" ? "timeout" : "no connection",
      };
    }
    let body: {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return { kind: "failed", reason: `HTTP ${status}, not JSON` };
    }
    const error = body.errors?.[0];
    if (!error) {
      const receipts = body.data ? receiptsOf(operation, body.data) : [];
      if (receipts.length > 0) return { kind: "acknowledged", receipts };
      return { kind: "failed", reason: `HTTP ${status} without receipts` };
    }
    const code = String(error.extensions?.code ?? `HTTP ${status}`);
    if (REFUSALS.has(code)) {
      return { kind: "refused", code, message: error.message, extensions: error.extensions ?? {} };
    }
    if (code === "GRAPHQL_VALIDATION_FAILED" || code === "BAD_REQUEST") {
      // The harness's own mistake: retrying cannot help.
      throw new Error(`the API refused the operation ${operation.field}: ${error.message}`);
    }
    return { kind: "failed", reason: code };
  }
}
