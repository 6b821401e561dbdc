import type { Driver } from "neo4j-driver";
import { CypherQueryError, runReadOnlyCypher } from "../../src/analyst/readOnlyCypher";
import { badTokenFlood, slowLoris } from "./fuzzPhases";

/** A flood must leave a valid writer's p50 within this of its value alone (issue 17). */
export const FLOOD_RATIO_TARGET = 1.5;

export interface TrustFigures {
  flood: { aloneP50: number; duringP50: number; ratio: number; statuses: Record<number, number> };
  slowLoris: { opened: number; closed: number; longestMs: number; withinMs: number };
  analyst: { refused: boolean; millis: number; message: string };
}

/**
 * The attacks of the second trust pass that are no single request: a flood of tokens guessing at
 * a first-format key while a valid writer is timed, slow-loris connections (started with the
 * main run, `slowLorisDone`), and the analyst's query that outlived its timeout.
 */
export async function trustChecks(options: {
  url: string;
  writerKey: string;
  legacyKeyId: string;
  driver: Driver;
  database: string;
  slowLorisDone: Promise<TrustFigures["slowLoris"]>;
}): Promise<{ figures: TrustFigures; failures: string[] }> {
  const flood = await badTokenFlood({
    url: options.url,
    writerKey: options.writerKey,
    legacyKeyId: options.legacyKeyId,
    perSecond: 20,
    samples: 40,
  });
  const ratio = flood.duringP50 / Math.max(flood.aloneP50, 0.001);
  const started = performance.now();
  const analyst = await runReadOnlyCypher(options.driver, options.database, {
    cypher: "RETURN reduce(s = '', x IN range(1, 10000000) | s + 'a') AS big",
    limit: 10,
    timeoutMs: 20_000,
  }).then(
    () => ({ refused: false, message: "it ran" }),
    (error: unknown) => ({
      refused: error instanceof CypherQueryError && error.kind === "not_allowed",
      message: (error as Error).message,
    }),
  );
  const figures: TrustFigures = {
    flood: { ...flood, ratio },
    slowLoris: await options.slowLorisDone,
    analyst: { ...analyst, millis: performance.now() - started },
  };
  const failures: string[] = [];
  if (ratio > FLOOD_RATIO_TARGET)
    failures.push(`a valid writer's p50 went ${ratio.toFixed(2)}x under the bad-token flood`);
  const { opened, closed, longestMs, withinMs } = figures.slowLoris;
  if (closed < opened || longestMs > withinMs)
    failures.push(
      `slow-loris: ${closed} of ${opened} connections closed, the last after ${Math.round(longestMs)} ms`,
    );
  if (!analyst.refused)
    failures.push(`the analyst's runaway query was not refused: ${analyst.message}`);
  return { figures, failures };
}

/** Starts slow-loris connections against the server; resolves with their figures once closed. */
export function startSlowLoris(
  port: number,
  headersTimeoutMs: number,
): Promise<TrustFigures["slowLoris"]> {
  const opened = 50;
  // Headers are due within the timeout; Node looks for late ones every second, on an event loop
  // that this run keeps busy (client and server share one process and two cores: the last of
  // 50 closed 13.2 s after a 10 s timeout, while requests' p99 reached 3.7 s). Within 1.5x the
  // timeout, then: the defect was connections still open after 75 s.
  const withinMs = headersTimeoutMs * 1.5;
  return slowLoris(port, opened, withinMs + 30_000).then((result) => ({
    opened,
    withinMs,
    ...result,
  }));
}

/** Heap figures of a run (MB): before, after each checkpoint's full collection, at the end, after one. */
export interface HeapFigures {
  before: number;
  checkpoints: number[];
  atEnd: number;
  afterGc: number;
}

/** Heap held after the second half of a run may exceed its most at half-way by this (MB, or 10%). */
const PLATEAU_SLACK_MB = 16;

/**
 * Whether the heap reached a plateau: after a collection, the end holds no more than the most
 * held by the middle of the run, give or take the slack. Caches fill early (Apollo's parsed
 * documents and persisted queries, the failed-check budgets), each bounded; a leak keeps going.
 */
export function heapFailure(heap: HeapFigures): string | undefined {
  const half = heap.checkpoints.slice(0, Math.ceil(heap.checkpoints.length / 2));
  if (half.length < 2) return undefined;
  const plateau = Math.max(...half);
  const allowed = plateau + Math.max(PLATEAU_SLACK_MB, plateau * 0.1);
  return heap.afterGc > allowed
    ? `the heap grew past its plateau: ${heap.afterGc.toFixed(0)} MB after the run, ${plateau.toFixed(0)} MB by half-way`
    : undefined;
}

/** The report's rows of the trust checks, the heap and the log. */
export function trustRows(
  figures: TrustFigures,
  heap: HeapFigures,
  log: { lines: number; leaks: number },
): string[] {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const mb = (value: number) => `${value.toFixed(0)} MB`;
  const { flood, slowLoris, analyst } = figures;
  return [
    `| valid writer (API key) p50 alone / during a bad-token flood (20/s) | ${ms(flood.aloneP50)} / ${ms(flood.duringP50)} (${flood.ratio.toFixed(2)}x; target <= ${FLOOD_RATIO_TARGET}x); flood answered ${Object.entries(
      flood.statuses,
    )
      .map(([s, n]) => `${s}: ${n}`)
      .join(", ")} |`,
    `| slow-loris connections closed | ${slowLoris.closed} of ${slowLoris.opened}, the last after ${ms(slowLoris.longestMs)} (within ${ms(slowLoris.withinMs)}) |`,
    `| analyst's runaway query (reduce over range(1, 10000000)) | ${analyst.refused ? "refused before it ran" : "NOT REFUSED"}, in ${ms(analyst.millis)} |`,
    `| heap before / after the run / after GC | ${mb(heap.before)} / ${mb(heap.atEnd)} / ${mb(heap.afterGc)}; after GC at each checkpoint: ${heap.checkpoints.map(mb).join(", ")} |`,
    `| server log lines (info) / with a credential or token | ${log.lines} / ${log.leaks} |`,
  ];
}
