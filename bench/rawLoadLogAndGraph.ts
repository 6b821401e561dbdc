import type { Driver } from "neo4j-driver";
import type { LogDump } from "./dumpLog";
import type { ProjectionDump } from "./dumpProjection";
import { graphValueCodec, type EncodedProperties } from "./graphValueCodec";
import { TimedWrites } from "./TimedWrites";
import { batchesOf, jsonLineBatches, loadGroups, type LoadGroup } from "./rawLoadProjection";

export interface LogAndGraphLoadResult {
  events: number;
  /** Nodes and relationships of the projection. */
  graphRows: number;
  batches: number;
  eventsPerBatch: number;
  /** Each statement, with the rows it wrote and its time (the log's three, then the graph's). */
  statements: StatementTime[];
  /** The slowest transaction: which events it wrote, and its time. */
  slowestBatch: { firstPosition: number; lastPosition: number; millis: number };
  /** Time inside the write transactions: what the baseline is measured by. */
  writeMillis: number;
  /** Everything, reading the dump's files included. */
  wallMillis: number;
}

export interface StatementTime {
  group: string;
  rows: number;
  millis: number;
}

/** The statements' times, kept by group in the order they first ran. */
class StatementTimes {
  private readonly byGroup = new Map<string, StatementTime>();
  /** The statement running now, named in the error of a transaction that fails. */
  running = "";

  async time<T>(group: string, rows: number, run: () => Promise<T>): Promise<T> {
    this.running = group;
    const started = performance.now();
    const result = await run();
    const entry = this.byGroup.get(group) ?? { group, rows: 0, millis: 0 };
    entry.rows += rows;
    entry.millis += performance.now() - started;
    this.byGroup.set(group, entry);
    return result;
  }

  get all(): StatementTime[] {
    return [...this.byGroup.values()];
  }
}

/** The projection's rows in load order, each with the statement that writes it. */
async function* graphRows(
  groups: readonly LoadGroup[],
): AsyncGenerator<{ group: LoadGroup; row: Record<string, unknown> }> {
  for (const group of groups)
    for await (const batch of batchesOf(group.file, 1_000))
      for (const row of batch) yield { group, row };
}

/** The next count rows, in runs of one statement each. */
async function takeRows(
  rows: AsyncIterator<{ group: LoadGroup; row: Record<string, unknown> }>,
  count: number,
): Promise<{ group: LoadGroup; rows: Record<string, unknown>[] }[]> {
  const runs: { group: LoadGroup; rows: Record<string, unknown>[] }[] = [];
  for (let taken = 0; taken < count; taken++) {
    const next = await rows.next();
    if (next.done) break;
    const last = runs.at(-1);
    if (last?.group === next.value.group) last.rows.push(next.value.row);
    else runs.push({ group: next.value.group, rows: [next.value.row] });
  }
  return runs;
}

/**
 * The streams a batch of events moves, as the writer leaves them: each at its revision after
 * the batch, with its snapshot (the last one the log kept: the same size of write as each of
 * the snapshots ingestion wrote on the way).
 */
function streamsAfter(
  events: readonly Record<string, unknown>[],
  streams: ReadonlyMap<string, EncodedProperties>,
): Record<string, unknown>[] {
  const revisions = new Map<string, unknown>();
  for (const event of events) revisions.set(event.stream as string, event.revision);
  return [...revisions].map(([id, revision]) => {
    const stream = streams.get(id);
    if (!stream) throw new Error(`the log's events name a stream it has not: ${id}`);
    return { ...graphValueCodec.decodeProperties(stream), revision };
  });
}

/**
 * The true limit of an event-sourced write: the events ingestion appended, written as the log's
 * nodes (the events, their streams' revisions and snapshots, the head, as src/eventstore writes
 * them), and the graph they project, in one write transaction per batch of eventsPerBatch
 * events, with no decisions and no projection code: each batch carries its share of the graph's
 * rows (nodes first, then relationships, as the graph-only raw load writes them). Batches are as
 * large as ingestion's transactions (one per article) when the bench says so: the same commits.
 */
export async function rawLoadLogAndGraph(
  driver: Driver,
  database: string,
  log: LogDump,
  graph: ProjectionDump,
  eventsPerBatch: number,
  onProgress: (events: number) => void = () => {},
): Promise<LogAndGraphLoadResult> {
  const writes = new TimedWrites(driver, database);
  const graphTotal = graph.nodes + graph.relationships;
  const rows = graphRows(loadGroups(graph))[Symbol.asyncIterator]();
  const head = log.head ? graphValueCodec.decodeProperties(log.head) : { id: "main" };
  const times = new StatementTimes();
  let slowestBatch = { firstPosition: 0, lastPosition: 0, millis: 0 };
  let events = 0;
  let graphRowsWritten = 0;
  try {
    for await (const encoded of jsonLineBatches<EncodedProperties>(
      log.eventsFile,
      eventsPerBatch,
    )) {
      const batch = encoded.map((event) => graphValueCodec.decodeProperties(event));
      events += batch.length;
      const graphDue =
        events >= log.events ? graphTotal : Math.floor((graphTotal * events) / log.events);
      const runs = await takeRows(rows, graphDue - graphRowsWritten);
      const streams = streamsAfter(batch, log.streams);
      const position = batch.at(-1)!.position;
      const firstPosition = Number(batch[0]!.position);
      const lastPosition = Number(position);
      // One statement after another, each timed: a transaction that fails says which was running.
      const millis = await writes
        .write(async (tx) => {
          await times.time("events", batch.length, () =>
            tx.run("UNWIND $events AS e CREATE (n:Event) SET n = e", { events: batch }),
          );
          await times.time("streams", streams.length, () =>
            tx.run("UNWIND $streams AS s MERGE (x:EventStream {id: s.id}) SET x = s", { streams }),
          );
          await times.time("head", 1, () =>
            tx.run("MERGE (l:EventLog {id: $head.id}) SET l = $head", {
              head: { ...head, position },
            }),
          );
          for (const run of runs)
            await times.time(run.group.name, run.rows.length, () =>
              tx.run(run.group.cypher, { rows: run.rows }),
            );
        })
        .catch((error: unknown) => {
          throw new Error(
            `the transaction of the events at ${firstPosition}..${lastPosition} failed in its statement ${times.running}: ${String(error)}`,
            { cause: error },
          );
        });
      if (millis > slowestBatch.millis) slowestBatch = { firstPosition, lastPosition, millis };
      graphRowsWritten += runs.reduce((sum, run) => sum + run.rows.length, 0);
      onProgress(events);
    }
    if (graphRowsWritten !== graphTotal) {
      throw new Error(`the load wrote ${graphRowsWritten} of the graph's ${graphTotal} rows`);
    }
  } finally {
    await writes.close();
  }
  return {
    events,
    graphRows: graphRowsWritten,
    batches: writes.batches,
    eventsPerBatch,
    statements: times.all,
    slowestBatch,
    writeMillis: writes.writeMillis,
    wallMillis: writes.wallMillis,
  };
}
