import type { Driver } from "neo4j-driver";
import { projectionFingerprint, type Fingerprint } from "../src/projection/projectionFingerprint";
import { rebuildProjection } from "../src/projection/rebuildProjection";
import { deleteProjection } from "./deleteProjection";
import { ProgressReporter } from "./ProgressReporter";

export interface RebuildMeasurement {
  events: number;
  /** Emptying the projection first (not counted in the rate: the raw load starts empty too). */
  deleteMillis: number;
  millis: number;
  eventsPerSecond: number;
  liveFingerprint: Fingerprint;
  rebuiltFingerprint: Fingerprint;
  fingerprintsEqual: boolean;
}

/**
 * rebuildProjection replaying the whole log into an empty projection, against the live one:
 * the projection is deleted first (timed apart), so the rate compares with the raw load's.
 */
export async function measureRebuild(
  driver: Driver,
  database: string,
  write: (line: string) => void,
): Promise<RebuildMeasurement> {
  const liveFingerprint = await projectionFingerprint(driver, database);
  const deleteMillis = await deleteProjection(driver, database);
  let progress: ProgressReporter | undefined;
  let timelines: ProgressReporter | undefined;
  const started = performance.now();
  const { total } = await rebuildProjection(driver, database, {
    onProgress: ({ applied, total }) => {
      progress ??= new ProgressReporter("rebuild", total, "events", write);
      progress.update(applied);
    },
    // The events' pass is over when the timelines' begins.
    onTimelines: ({ written, total }) => {
      if (!timelines) {
        progress?.finish();
        timelines = new ProgressReporter(
          "rebuild: the timelines of now",
          total,
          "happenings",
          write,
        );
      }
      timelines.update(written);
    },
  });
  const millis = performance.now() - started;
  timelines?.finish();
  const rebuiltFingerprint = await projectionFingerprint(driver, database);
  return {
    events: total,
    deleteMillis,
    millis,
    eventsPerSecond: total / (millis / 1000),
    liveFingerprint,
    rebuiltFingerprint,
    fingerprintsEqual:
      liveFingerprint.sha256 === rebuiltFingerprint.sha256 &&
      liveFingerprint.nodes === rebuiltFingerprint.nodes &&
      liveFingerprint.relationships === rebuiltFingerprint.relationships,
  };
}
