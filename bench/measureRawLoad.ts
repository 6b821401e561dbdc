import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectionFingerprint, type Fingerprint } from "../src/projection/projectionFingerprint";
import { deleteProjection } from "./deleteProjection";
import { dumpProjection } from "./dumpProjection";
import { ProgressReporter } from "./ProgressReporter";
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
}

/**
 * The baseline: the projection that ingestion left is dumped, deleted (the log stays) and
 * written again by plain UNWIND ... MERGE batches; its fingerprint must come back equal. The
 * projection's checkpoint node is put back afterwards, so the database is as ingestion left it.
 */
export async function measureRawLoad(
  driver: Driver,
  database: string,
  logEvents: number,
  batchSize: number,
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
    await driver.executeQuery(
      "UNWIND $checkpoints AS c CREATE (node:$(c.labels)) SET node = c.properties RETURN count(node) AS restored",
      { checkpoints: dump.checkpoints },
      { database },
    );
    return {
      fingerprint,
      loadedFingerprint,
      fingerprintsEqual:
        fingerprint.sha256 === loadedFingerprint.sha256 &&
        fingerprint.nodes === loadedFingerprint.nodes &&
        fingerprint.relationships === loadedFingerprint.relationships,
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
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
