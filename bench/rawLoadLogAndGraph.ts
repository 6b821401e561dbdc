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
  /** Time inside the write transactions: what the baseline is measured by. */
  writeMillis: number;
  /** Everything, reading the dump's files included. */
  wallMillis: number;
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
 * rows (nodes first, then relationships, as the graph-only raw load writes them), and its
 * statements are sent together, as the writer sends its own.
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
      await writes.write((tx) =>
        Promise.all([
          tx.run("UNWIND $events AS e CREATE (n:Event) SET n = e", { events: batch }),
          tx.run("UNWIND $streams AS s MERGE (x:EventStream {id: s.id}) SET x = s", { streams }),
          tx.run("MERGE (l:EventLog {id: $head.id}) SET l = $head", {
            head: { ...head, position },
          }),
          ...runs.map((run) => tx.run(run.group.cypher, { rows: run.rows })),
        ]),
      );
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
    writeMillis: writes.writeMillis,
    wallMillis: writes.wallMillis,
  };
}
