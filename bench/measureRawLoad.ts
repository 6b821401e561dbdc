import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectionFingerprint, type Fingerprint } from "../src/projection/projectionFingerprint";
import { deleteProjection } from "./deleteProjection";
import { deleteLog, dumpLog, logFingerprint, type LogFingerprint } from "./dumpLog";
import { dumpProjection, type ProjectionDump } from "./dumpProjection";
import { ProgressReporter } from "./ProgressReporter";
import { rawLoadLogAndGraph, type LogAndGraphLoadResult } from "./rawLoadLogAndGraph";
import { rawLoadProjection, type RawLoadResult } from "./rawLoadProjection";

export interface RawLoadMeasurement {
  /** The projection after ingestion, and after the raw load: they must be equal. */
  fingerprint: Fingerprint;
  loadedFingerprint: Fingerprint;
  fingerprintsEqual: boolean;
  dump: {
    nodes: number;
    relationships: number;
    nodeGroups: number;
    relationshipGroups: number;
    millis: number;
  };
  deleteMillis: number;
  load: RawLoadResult;
  /** Log events whose graph this is, over the load's time in write transactions. */
  logEvents: number;
  eventsPerSecond: number;
  rowsPerSecond: number;
  /** The second baseline: the log's nodes and the graph, written together. */
  withLog: LogAndGraphLoadMeasurement;
}

export interface LogAndGraphLoadMeasurement {
  /** The log before (as ingestion left it) and after the load: they must be equal. */
  logFingerprint: LogFingerprint;
  loadedLogFingerprint: LogFingerprint;
  /** The projection after the load, against the one ingestion left. */
  loadedFingerprint: Fingerprint;
  fingerprintsEqual: boolean;
  dumpMillis: number;
  deleteMillis: number;
  load: LogAndGraphLoadResult;
  eventsPerSecond: number;
}

/**
 * The baselines of ingestion and rebuild. First the graph alone: the projection that ingestion
 * left is dumped, deleted (the log stays) and written again by plain UNWIND ... MERGE batches.
 * Then the log and the graph: the log is dumped too, both are deleted and written again together
 * (rawLoadLogAndGraph), eventsPerTransaction events a transaction. Each time the fingerprints must come back
 * equal; the projection's checkpoint node is put back, so the database is as ingestion left it.
 */
export async function measureRawLoad(
  driver: Driver,
  database: string,
  logEvents: number,
  batchSize: number,
  /** Events a transaction of the load of log and graph: as many as ingestion committed at once. */
  eventsPerTransaction: number,
  write: (line: string) => void,
): Promise<RawLoadMeasurement> {
  const fingerprint = await projectionFingerprint(driver, database);
  const total = fingerprint.nodes + fingerprint.relationships;
  const dir = mkdtempSync(path.join(os.tmpdir(), "iss-bench-dump-"));
  try {
    const dumpProgress = new ProgressReporter("raw load: dump", total, "rows", write);
    const dumpStarted = performance.now();
    const dump = await dumpProjection(driver, database, dir, (rows) => dumpProgress.update(rows));
    dumpProgress.finish(dump.nodes + dump.relationships);
    const dumpMillis = performance.now() - dumpStarted;

    const deleteMillis = await deleteProjection(driver, database);
    const loadProgress = new ProgressReporter("raw load", total, "rows", write);
    const load = await rawLoadProjection(driver, database, dump, batchSize, (rows) =>
      loadProgress.update(rows),
    );
    loadProgress.finish(load.rows);

    const loadedFingerprint = await projectionFingerprint(driver, database);
    await restoreCheckpoints(driver, database, dump);
    const withLog = await measureLogAndGraphLoad(
      driver,
      database,
      dir,
      dump,
      fingerprint,
      eventsPerTransaction,
      write,
    );
    return {
      fingerprint,
      loadedFingerprint,
      fingerprintsEqual: sameGraph(fingerprint, loadedFingerprint),
      dump: {
        nodes: dump.nodes,
        relationships: dump.relationships,
        nodeGroups: dump.nodeGroups.length,
        relationshipGroups: dump.relationshipGroups.length,
        millis: dumpMillis,
      },
      deleteMillis,
      load,
      logEvents,
      eventsPerSecond: logEvents / (load.writeMillis / 1000),
      rowsPerSecond: load.rows / (load.writeMillis / 1000),
      withLog,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function restoreCheckpoints(driver: Driver, database: string, dump: ProjectionDump) {
  await driver.executeQuery(
    "UNWIND $checkpoints AS c CREATE (node:$(c.labels)) SET node = c.properties RETURN count(node) AS restored",
    { checkpoints: dump.checkpoints },
    { database },
  );
}

const sameGraph = (a: Fingerprint, b: Fingerprint) =>
  a.sha256 === b.sha256 && a.nodes === b.nodes && a.relationships === b.relationships;

/** The second baseline, from the projection's dump and one of the log made here. */
async function measureLogAndGraphLoad(
  driver: Driver,
  database: string,
  dir: string,
  graph: ProjectionDump,
  fingerprint: Fingerprint,
  batchSize: number,
  write: (line: string) => void,
): Promise<LogAndGraphLoadMeasurement> {
  const dumpStarted = performance.now();
  const log = await dumpLog(driver, database, dir);
  const dumpMillis = performance.now() - dumpStarted;
  const deleteStarted = performance.now();
  await deleteProjection(driver, database);
  await deleteLog(driver, database);
  const deleteMillis = performance.now() - deleteStarted;

  const progress = new ProgressReporter("raw load of log and graph", log.events, "events", write);
  const load = await rawLoadLogAndGraph(driver, database, log, graph, batchSize, (events) =>
    progress.update(events),
  );
  progress.finish(load.events);
  // The streams and their snapshots (hundreds of megabytes at 1M) are spent: free them before
  // the fingerprints read the log and the graph again.
  log.streams.clear();
  const slowest = [...load.statements].sort((a, b) => b.millis - a.millis).slice(0, 3);
  write(
    `raw load of log and graph: slowest transaction ${Math.round(load.slowestBatch.millis)} ms (events ${load.slowestBatch.firstPosition}..${load.slowestBatch.lastPosition}); most time in ${slowest.map((s) => `${s.group} ${Math.round(s.millis)} ms`).join(", ")}`,
  );

  const loadedLogFingerprint = await logFingerprint(driver, database);
  const loadedFingerprint = await projectionFingerprint(driver, database);
  await restoreCheckpoints(driver, database, graph);
  return {
    logFingerprint: log.fingerprint,
    loadedLogFingerprint,
    loadedFingerprint,
    fingerprintsEqual:
      log.fingerprint.sha256 === loadedLogFingerprint.sha256 &&
      sameGraph(fingerprint, loadedFingerprint),
    dumpMillis,
    deleteMillis,
    load,
    eventsPerSecond: load.events / (load.writeMillis / 1000),
  };
}
