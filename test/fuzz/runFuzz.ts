import { Agent, request } from "undici";
import { hostileRequests, type FuzzTargets, type HostileRequest } from "./hostileRequests";

export interface FuzzOptions {
  /** The API's base, e.g. http://127.0.0.1:4000 */
  baseUrl: string;
  seed: number;
  requests: number;
  /** Hostile requests in flight at once. */
  concurrency: number;
  targets: FuzzTargets;
  /** A well-behaved client's query, timed alone first, then all through the fuzzing. */
  probe: { query: string; variables?: Record<string, unknown> };
  onProgress?: (sent: number, total: number) => void;
}

/** An answer that breaks a rule: a 5xx, INTERNAL_SERVER_ERROR, an error without a code, a stack. */
export interface FuzzViolation {
  kind: string;
  status: number;
  why: string;
  request: string;
  answer: string;
}

export interface FuzzReport {
  sent: number;
  byStatus: Record<string, number>;
  byKind: Record<string, { sent: number; p99Millis: number; maxMillis: number }>;
  fiveHundreds: number;
  internalServerErrors: number;
  violations: FuzzViolation[];
  latency: { p50Millis: number; p99Millis: number; maxMillis: number };
  /** The slowest hostile request, to show what to refuse sooner. */
  slowest: { kind: string; millis: number; status: number };
  probe: { aloneP50: number; aloneP99: number; duringP50: number; duringP99: number };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/**
 * Sends hostile requests and checks every answer: a 4xx, or a 200 whose errors each carry a code
 * other than INTERNAL_SERVER_ERROR; never a 5xx, never a stack trace. Meanwhile a well-behaved
 * client sends its query in a loop; its latency alone and during the fuzzing is reported.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const dispatcher = new Agent({ connections: options.concurrency, pipelining: 0 });
  // The well-behaved client has a connection of its own, as another user would.
  const probeDispatcher = new Agent({ connections: 1 });
  const probeAlone = await timeProbe(options, probeDispatcher, 30);
  const latencies: number[] = [];
  const byStatus: Record<string, number> = {};
  const perKind = new Map<string, number[]>();
  const violations: FuzzViolation[] = [];
  let fiveHundreds = 0;
  let internalServerErrors = 0;
  let slowest = { kind: "", millis: 0, status: 0 };
  const generator = hostileRequests(options.seed, options.requests, options.targets);
  let sent = 0;
  let done = false;
  const probeDuring: number[] = [];
  let probeFailure: unknown;
  const prober = (async () => {
    while (!done) probeDuring.push(...(await timeProbe(options, probeDispatcher, 1)));
  })().catch((error: unknown) => {
    probeFailure = error;
  });

  const worker = async () => {
    for (let next = generator.next(); !next.done; next = generator.next()) {
      const hostile = next.value;
      sent += 1;
      if (sent % 250 === 0) options.onProgress?.(sent, options.requests);
      const started = performance.now();
      const { status, text } = await send(options.baseUrl, hostile, dispatcher);
      const millis = performance.now() - started;
      latencies.push(millis);
      (perKind.get(hostile.kind) ?? perKind.set(hostile.kind, []).get(hostile.kind)!).push(millis);
      if (millis > slowest.millis) slowest = { kind: hostile.kind, millis, status };
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      if (status >= 500) fiveHundreds += 1;
      if (text.includes("INTERNAL_SERVER_ERROR")) internalServerErrors += 1;
      const expected = hostile.expectStatus;
      const allowed = expected === undefined ? undefined : [expected].flat();
      const why =
        allowed && !allowed.includes(status)
          ? `HTTP ${status} where only ${allowed.join(" or ")} may answer`
          : judge(status, text);
      if (why && violations.length < 200) {
        violations.push({
          kind: hostile.kind,
          status,
          why,
          request: describe(hostile),
          answer: text.slice(0, 400),
        });
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  } finally {
    done = true;
    await prober;
    await dispatcher.close();
    await probeDispatcher.close();
  }
  // The well-behaved client must be served throughout: its failure fails the run.
  if (probeFailure) throw probeFailure;
  const sorted = [...latencies].sort((a, b) => a - b);
  const during = [...probeDuring].sort((a, b) => a - b);
  return {
    sent,
    byStatus,
    byKind: Object.fromEntries(
      [...perKind].map(([kind, values]) => {
        const kindSorted = values.sort((a, b) => a - b);
        return [
          kind,
          {
            sent: values.length,
            p99Millis: percentile(kindSorted, 0.99),
            maxMillis: kindSorted.at(-1) ?? 0,
          },
        ];
      }),
    ),
    fiveHundreds,
    internalServerErrors,
    violations,
    latency: {
      p50Millis: percentile(sorted, 0.5),
      p99Millis: percentile(sorted, 0.99),
      maxMillis: sorted.at(-1) ?? 0,
    },
    slowest,
    probe: {
      aloneP50: percentile(probeAlone, 0.5),
      aloneP99: percentile(probeAlone, 0.99),
      duringP50: percentile(during, 0.5),
      duringP99: percentile(during, 0.99),
    },
  };
}

/** Why an answer breaks the rules, or undefined when it keeps them. */
export function judge(status: number, text: string): string | undefined {
  if (status >= 500) return `HTTP ${status}`;
  if (/\bat .+\(.+:\d+:\d+\)|stacktrace|node_modules/.test(text)) return "a stack trace leaked";
  let body: { errors?: { extensions?: { code?: unknown } }[] } | undefined;
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Not JSON: acceptable for what is no GraphQL request (an OPTIONS preflight, a 404 page).
    return status >= 400 || status === 204 || status === 200
      ? undefined
      : `HTTP ${status}, not JSON`;
  }
  for (const error of body?.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== "string") return "an error without a code";
    if (code === "INTERNAL_SERVER_ERROR") return "INTERNAL_SERVER_ERROR";
  }
  return undefined;
}

async function send(
  baseUrl: string,
  hostile: HostileRequest,
  dispatcher: Agent,
): Promise<{ status: number; text: string }> {
  try {
    const response = await request(new URL(hostile.path, baseUrl), {
      method: hostile.method,
      headers: hostile.headers,
      body: hostile.body === undefined ? null : hostile.body,
      dispatcher,
      headersTimeout: 60_000,
      bodyTimeout: 60_000,
    });
    return { status: response.statusCode, text: await response.body.text() };
  } catch (error) {
    // The server closing a connection on garbage is its right; hanging up on a request is not a 5xx.
    return { status: 0, text: `connection error: ${(error as Error).message}` };
  }
}

async function timeProbe(
  options: FuzzOptions,
  dispatcher: Agent,
  samples: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const { status, text } = await probeOnce(options, dispatcher).catch(() =>
      // A kept-alive connection that the server closed as it was reused: a browser retries too.
      probeOnce(options, dispatcher),
    );
    if (status !== 200 || text.includes('"errors"')) {
      throw new Error(`the well-behaved client's query failed: ${status} ${text.slice(0, 300)}`);
    }
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function probeOnce(
  options: FuzzOptions,
  dispatcher: Agent,
): Promise<{ status: number; text: string }> {
  const response = await request(new URL("/graphql", options.baseUrl), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(options.probe),
    dispatcher,
  });
  return { status: response.statusCode, text: await response.body.text() };
}

function describe(hostile: HostileRequest): string {
  const body =
    hostile.body === undefined
      ? ""
      : typeof hostile.body === "string"
        ? hostile.body
        : Buffer.from(hostile.body).toString("latin1");
  return `${hostile.method} ${hostile.path.slice(0, 200)} ${JSON.stringify(hostile.headers).slice(0, 200)} ${body.slice(0, 300)}`;
}
