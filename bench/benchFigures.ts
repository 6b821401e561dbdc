import type { BenchResult } from "./benchOptions";

/** One row of the table: a figure, its baseline from the same run, and the target it is judged by. */
export interface BenchFigure {
  figure: string;
  value: string;
  baseline: string;
  /** value / baseline (for latencies, GraphQL p50 / Cypher p50). */
  ratio: number | null;
  target: string;
  /** null: no target, or not judged at this scale, or not measured. */
  met: boolean | null;
}

const count = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const seconds = (millis: number) => `${(millis / 1000).toFixed(1)} s`;
const latency = (l: { p50: number; p99: number }) => `p50 ${ms(l.p50)}, p99 ${ms(l.p99)}`;

/** Judged at the full scale only (a million events). */
export const FULL_SCALE = 1_000_000;

/** The figures of a run, with the targets (2 cores, ratios within one run). */
export function benchFigures(result: BenchResult): BenchFigure[] {
  const rows: BenchFigure[] = [];
  const row = (
    figure: string,
    value: string,
    extra: Partial<Omit<BenchFigure, "figure" | "value">> = {},
  ) => rows.push({ figure, value, baseline: "", ratio: null, target: "", met: null, ...extra });
  const skipped = (phase: string) =>
    result.phases.find((p) => p.name === phase)?.status === "skipped" ? "skipped" : "not measured";

  const empty = result.startupEmpty;
  row(
    "start-up to /readyz, empty log (npm start; seeds the AP article)",
    empty
      ? `${seconds(empty.readyMillis)} (seeded ${count(empty.seededEvents)} events)`
      : skipped("startup-empty"),
  );

  const ingestion = result.ingestion;
  const raw = result.rawLoad;
  const rawRate = raw ? `${count(raw.eventsPerSecond)} events/s` : skipped("raw-load");
  /** A rate of events against the graph-only raw load's, which it should reach half of. */
  const againstRawLoad = (figure: string, eventsPerSecond: number) => {
    const ratio = raw ? eventsPerSecond / raw.eventsPerSecond : null;
    row(figure, `${count(eventsPerSecond)} events/s`, {
      baseline: `raw load ${rawRate}`,
      ratio,
      target: "≥0.5× raw load",
      met: ratio === null ? null : ratio >= 0.5,
    });
  };
  if (ingestion) {
    const facts = `${count(result.options.factsPerArticle)} facts per article`;
    const withLog = raw?.withLog;
    const ratioToLog = withLog ? ingestion.eventsPerSecond / withLog.eventsPerSecond : null;
    row(
      `batched ingestion: ingestArticle, ${facts}`,
      `${count(ingestion.eventsPerSecond)} events/s`,
      {
        baseline: withLog
          ? `raw load of log and graph ${count(withLog.eventsPerSecond)} events/s`
          : `raw load of log and graph ${skipped("raw-load")}`,
        ratio: ratioToLog,
        target: "≥0.8× raw load of log and graph",
        met: ratioToLog === null ? null : ratioToLog >= 0.8,
      },
    );
    againstRawLoad("batched ingestion, against the graph alone", ingestion.eventsPerSecond);
    row("batched ingestion, absolute", `${count(ingestion.eventsPerSecond)} events/s`, {
      target: "≥20,000 events/s",
      met: ingestion.eventsPerSecond >= 20_000,
    });
  }
  if (!ingestion) row("batched ingestion", "not measured");
  if (raw) {
    row(
      `raw load: UNWIND $rows MERGE, ${count(raw.load.batchSize)} rows a batch (${count(raw.load.rows)} rows)`,
      `${count(raw.eventsPerSecond)} events/s (${count(raw.rowsPerSecond)} rows/s)`,
    );
    row(
      `raw load of log and graph: the events as the log's nodes and their graph, ${count(raw.withLog.load.eventsPerBatch)} events a transaction (${count(raw.withLog.load.graphRows)} graph rows)`,
      `${count(raw.withLog.eventsPerSecond)} events/s`,
    );
  }
  const rebuild = result.rebuild;
  if (rebuild) {
    againstRawLoad("rebuild: rebuildProjection into an empty projection", rebuild.eventsPerSecond);
  } else row("rebuild", skipped("rebuild"));
  if (!raw) row("raw load", skipped("raw-load"));

  for (const read of result.reads ?? []) {
    row(`read: ${read.name}`, `GraphQL ${latency(read.graphql)}`, {
      baseline: `Cypher ${latency(read.cypher)}`,
      ratio: read.ratio,
      target: "p50 ≤1.3× Cypher",
      met: read.ratio <= 1.3 && read.answersEqual,
    });
  }
  for (const read of (result.reads ?? []).filter((r) => r.timeTravel)) {
    row(`time travel at 1M events: ${read.key}`, `GraphQL p50 ${ms(read.graphql.p50)}`, {
      target: "p50 ≤50 ms at 1M events",
      met: result.scale >= FULL_SCALE ? read.graphql.p50 <= 50 : null,
    });
  }
  // What a person meets on a module's timeline page: its first 50 entries, however many it has.
  const timeline = result.reads?.find((read) => read.key === "timeline");
  if (timeline)
    row(
      "first page of the busiest module's timeline at 1M events",
      `GraphQL p50 ${ms(timeline.graphql.p50)}`,
      {
        target: "p50 ≤50 ms at 1M events",
        met: result.scale >= FULL_SCALE ? timeline.graphql.p50 <= 50 : null,
      },
    );
  for (const plan of result.plans ?? []) {
    row(
      `plan: ${plan.key}, ${plan.source} (PROFILE)`,
      `${plan.dbHits.toLocaleString("en")} db hits from ${plan.leaves.join(", ")}`,
      { target: "starts from an index seek", met: plan.startsFromIndexSeek },
    );
  }
  if (!result.reads) row("reads", skipped("reads"));

  for (const level of result.commands ?? []) {
    const judged = level.clients === 32;
    row(
      `single commands over HTTP, ${level.clients} client${level.clients === 1 ? "" : "s"}`,
      `${count(level.commands.perSecond)}/s, ${latency(level.commands.latency)}`,
      {
        baseline: `driver tx ${count(level.baseline.perSecond)}/s, ${latency(level.baseline.latency)}`,
        ratio: level.ratio,
        target: judged ? "≥1,000/s, p99 ≤50 ms" : "",
        met: judged ? level.commands.perSecond >= 1_000 && level.commands.latency.p99 <= 50 : null,
      },
    );
  }
  for (const level of result.commands ?? []) {
    const m = level.metrics;
    row(
      `statements per command, ${level.clients} client${level.clients === 1 ? "" : "s"}`,
      m && level.statementsPerCommand !== null
        ? `${level.statementsPerCommand.toFixed(1)} (${count(m.commands)} commands in ${count(m.groups)} groups, ${count(m.transactions)} transactions)`
        : "n/a",
    );
  }
  if (!result.commands) row("single commands", skipped("commands"));

  const full = result.startupFull;
  row(
    "start-up to /readyz, full log",
    full
      ? `${seconds(full.readyMillis)} (${count(full.logEvents)} events)`
      : skipped("startup-full"),
  );
  row(
    "peak RSS of the API (VmHWM of the serving node process)",
    full?.peakRssBytes
      ? `${mb(full.peakRssBytes)} (after start-up and ${full.exercised} reads)`
      : full
        ? "n/a"
        : skipped("startup-full"),
  );
  const heap = result.neo4j?.heap;
  row(
    "Neo4j heap in use (at the end of the run)",
    heap ? `${mb(heap.usedBytes)} of ${mb(heap.maxBytes)}` : "n/a",
  );
  const store = result.neo4j?.storeBytes;
  row(
    "Neo4j store on disk (database neo4j)",
    store
      ? `${mb(store)} (+ ${mb(result.neo4j?.transactionLogBytes ?? 0)} transaction logs)`
      : "n/a",
  );
  return rows;
}
