import neo4j, { type Driver, type Session } from "neo4j-driver";
import { Neo4jEventStore } from "../eventstore/Neo4jEventStore";
import type { EventRecord } from "../eventstore/EventRecord";
import { deleteProjection } from "./deleteProjection";
import { RebuildInProgressError } from "../eventstore/RebuildInProgressError";
import { PROJECTION_VERSION, Projector } from "./Projector";
import { COUNT_HAPPENINGS, HAPPENINGS_AFTER, WRITE_TIMELINE_ENTRIES_OF } from "./timelineEntries";
import { CATALOGUE } from "../catalogue/commands";
import { toNumber } from "../neo4j/neo4jValues";
import { rebuildProgress } from "../progress/eventProgress";

export interface RebuildProgress {
  applied: number;
  total: number;
}

/** How far a rebuild's last pass, the timelines of now, has come: happenings written of all. */
export interface TimelinesProgress {
  written: number;
  total: number;
}

export interface RebuildOptions {
  onProgress?: (progress: RebuildProgress) => void;
  onTimelines?: (progress: TimelinesProgress) => void;
  /** Events read and applied per transaction. */
  pageSize?: number;
  /** Happenings whose timeline entries are written per transaction, at the end (1,000). */
  timelinesPageSize?: number;
  /** Continue an interrupted rebuild from the projection's checkpoint instead of starting over. */
  resume?: boolean;
}

/**
 * Replays the log into an empty projection through the same set-based projector as the commands,
 * a large page per transaction, reading the next page while the current one is written. Commands
 * are refused while it runs (the log carries a rebuilding mark). Each page moves the projection's
 * checkpoint in its own transaction, so an interrupted rebuild resumes where it stopped.
 */
export async function rebuildProjection(
  driver: Driver,
  database: string,
  options: RebuildOptions = {},
): Promise<RebuildProgress> {
  const { onProgress = () => {}, onTimelines = () => {}, pageSize = 5000 } = options;
  const store = new Neo4jEventStore(driver, database);
  const projector = new Projector(CATALOGUE, "deferred");
  const total = options.resume ? await store.resumeRebuild() : await store.beginRebuild();
  const session = driver.session({ database });
  try {
    if (!options.resume) await deleteProjection(driver, database);
    let applied = await session.executeRead((tx) => projector.checkpoint(tx));
    onProgress({ applied, total });
    const readPage = (from: number): Promise<EventRecord[]> =>
      from > total
        ? Promise.resolve([])
        : store.readAll(from, Math.min(pageSize, total - from + 1));
    let next = readPage(applied + 1);
    try {
      while (applied < total) {
        const page = await next;
        if (page.length === 0) break;
        next = readPage(page[page.length - 1]!.position + 1);
        await session.executeWrite((tx) => projector.apply(tx, page));
        applied = page[page.length - 1]!.position;
        onProgress({ applied, total });
      }
    } finally {
      // The page read ahead is waited for (never left to fail unobserved).
      await next.catch(() => undefined);
    }
    // The timelines of now, from the whole graph (timelineEntries.ts).
    await writeTimelineEntries(session, options.timelinesPageSize ?? 1000, onTimelines);
    // Interrupted before this line, the mark stays: commands wait for --resume (or npm start).
    await store.endRebuild();
    return { applied, total };
  } finally {
    await session.close();
  }
}

/**
 * Every happening's timeline entries made what they must be, a page of happenings in id order a
 * transaction: a rebuild's last pass (in a page's transaction, which holds all the page wrote,
 * the same statement took 20 times longer: timelineEntries.ts).
 */
async function writeTimelineEntries(
  session: Session,
  pageSize: number,
  onProgress: (progress: TimelinesProgress) => void,
): Promise<void> {
  const counted = await session.executeRead((tx) => tx.run(COUNT_HAPPENINGS));
  const total = toNumber(counted.records[0]?.get("total") ?? 0);
  let written = 0;
  let after = "";
  onProgress({ written, total });
  for (;;) {
    const page = await session.executeRead((tx) =>
      tx.run(HAPPENINGS_AFTER, { after, limit: neo4j.int(pageSize) }),
    );
    const ids = page.records.map((record) => record.get("id") as string);
    if (ids.length === 0) break;
    await session.executeWrite((tx) => tx.run(WRITE_TIMELINE_ENTRIES_OF, { ids }));
    written += ids.length;
    after = ids[ids.length - 1]!;
    onProgress({ written, total });
  }
}

/** Clears the rebuilding mark an interrupted rebuild left behind (the projection stays as it is). */
export async function clearRebuildMark(driver: Driver, database: string): Promise<void> {
  await new Neo4jEventStore(driver, database).endRebuild();
}

/**
 * Brings the projection up to date with the code and the log at start: rebuilds it when it was
 * written by another version of the projector or does not stand at the log's head (a projection
 * left without its log is emptied), and resumes a rebuild that was interrupted. Another process
 * rebuilding meanwhile is waited for.
 */
export async function ensureProjectionCurrent(
  driver: Driver,
  database: string,
  report: (line: string) => void,
): Promise<{ rebuilt: boolean }> {
  const store = new Neo4jEventStore(driver, database);
  const projector = new Projector();
  const session = driver.session({ database });
  let state: { position: number; version: number };
  try {
    state = await session.executeRead((tx) => projector.state(tx));
  } finally {
    await session.close();
  }
  const head = await store.head();
  const empty = head === 0 && state.position === 0;
  if (empty || (state.version === PROJECTION_VERSION && state.position === head))
    return { rebuilt: false };
  const interrupted = await store.rebuildMarked();
  report(
    interrupted
      ? `the projection's rebuild was interrupted at ${state.position} of ${head} events: resuming it`
      : state.version !== PROJECTION_VERSION
        ? `the projection was written by another version of the projector (${state.version}, now ${PROJECTION_VERSION}): rebuilding it from the log (${head} events)`
        : `the projection stands at position ${state.position}, the log at ${head}: rebuilding it from the log`,
  );
  try {
    await rebuildProjection(driver, database, {
      resume: interrupted,
      ...rebuildProgress("rebuilding the projection", report, 2000),
    });
  } catch (error) {
    if (!(error instanceof RebuildInProgressError)) throw error;
    report("another process is rebuilding the projection: waiting for it");
    while (await store.rebuildMarked()) await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return { rebuilt: true };
}
