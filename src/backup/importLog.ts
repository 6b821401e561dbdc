import type { Driver } from "neo4j-driver";
import { restoredStreams } from "../commands/restoredStreams";
import type { ArchivedEvent } from "../eventstore/ArchivedEvent";
import { LogContinuityError } from "../eventstore/LogContinuityError";
import { Neo4jEventStore } from "../eventstore/Neo4jEventStore";
import { RebuildInProgressError } from "../eventstore/RebuildInProgressError";
import { PROJECTION_VERSION, Projector } from "../projection/Projector";
import { fileLines, type FileLine } from "./fileLines";
import { LogArchiveError } from "./LogArchiveError";
import { LogArchiveReader } from "./LogArchiveReader";
import { eventLine, type ArchiveHeader, type ArchiveTrailer } from "./logArchiveFormat";
import { LogImportError } from "./LogImportError";

export interface VerifiedArchive {
  header: ArchiveHeader;
  trailer: ArchiveTrailer;
}

export interface ImportProgress {
  /** Events imported by this run. */
  imported: number;
  /** Events this run imports. */
  total: number;
}

export interface ImportOptions {
  /** Events per transaction. */
  batchSize?: number;
  /** Continue an interrupted import of the same file: skip what the log already holds of it. */
  resume?: boolean;
  /** Once the log and the file's header are found to fit, before the file is checked whole. */
  onVerifying?: () => void;
  onVerified?: (archive: VerifiedArchive) => void;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult extends VerifiedArchive {
  imported: number;
  /** Events of the file the log held already (an interrupted import resumed). */
  skipped: number;
  head: number;
}

/**
 * Restores a backup into the log, through the event store: the file is read twice, never held
 * whole. First it is checked from end to end (every line, gapless positions, the trailer's count
 * and checksum), so that a damaged or truncated file is refused before anything is written. Then
 * its events are appended in batches, each one transaction in which the store checks that they
 * continue the log (positions after its head, each stream's revisions after its own), keeps them
 * exactly as they were stored and runs the projection; the next batch is read while one is
 * written. A batch that fails leaves the log as it was before that batch (and after the ones
 * before it: --resume continues from there).
 */
export async function importLog(
  driver: Driver,
  database: string,
  path: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { batchSize = 5000, onProgress = () => {} } = options;
  const header = await readHeader(path);
  const store = new Neo4jEventStore(driver, database, { projections: [new Projector()] });
  const head = await store.head();
  await checkReady(driver, database, store, head);
  const skipped = eventsToSkip(path, header, head, options.resume === true);
  options.onVerifying?.();
  const verified = await verifyArchive(path);
  options.onVerified?.(verified);
  const atHead = skipped > 0 ? (await store.readArchived(head, 1))[0] : undefined;
  const total = verified.trailer.count - skipped;

  const reader = new LogArchiveReader();
  let imported = 0;
  let batch: { events: ArchivedEvent[]; firstLine: number; lastLine: number } | undefined;
  let writing: Promise<void> | undefined;
  const submit = async () => {
    if (!batch) return;
    const { events, firstLine, lastLine } = batch;
    batch = undefined;
    // One batch in flight: the next is read and parsed while this one is written.
    if (writing) await writing;
    writing = store.restore(events, restoredStreams).then(
      () => {
        imported += events.length;
        onProgress({ imported, total });
      },
      (error: unknown) => {
        throw new LogImportError(
          events[0]!.position,
          events.at(-1)!.position,
          firstLine,
          lastLine,
          error,
        );
      },
    );
    // Observed now, awaited later: a failure meanwhile is not an unhandled rejection.
    writing.catch(() => undefined);
  };
  try {
    onProgress({ imported, total });
    for await (const line of fileLines(path)) {
      const event = readLine(reader, line);
      if (!event) continue;
      if (event.position <= head) {
        if (event.position === head && eventLine(atHead!) !== `${line.text}\n`) {
          throw new LogContinuityError(
            `the log's event at position ${head} differs from line ${line.number} of ${path}: the log was not restored from this file, so it cannot continue it`,
          );
        }
        continue;
      }
      if (!batch) batch = { events: [], firstLine: line.number, lastLine: line.number };
      batch.events.push(event);
      batch.lastLine = line.number;
      if (batch.events.length >= batchSize) await submit();
    }
    reader.finish();
    await submit();
    await writing;
  } finally {
    await writing?.catch(() => undefined);
  }
  return { ...verified, imported, skipped, head: await store.head() };
}

/** Checks a whole backup file, holding none of it: its header and trailer, when it is sound. */
export async function verifyArchive(path: string): Promise<VerifiedArchive> {
  const reader = new LogArchiveReader();
  for await (const line of fileLines(path)) readLine(reader, line);
  return reader.finish();
}

/** A line through the reader; a last line with no newline that does not parse was cut short. */
function readLine(reader: LogArchiveReader, line: FileLine): ArchivedEvent | undefined {
  try {
    return reader.read(line.text);
  } catch (error) {
    if (error instanceof LogArchiveError && !line.terminated)
      throw new LogArchiveError(
        error.line,
        `${error.problem} (the file ends there: it is truncated)`,
      );
    throw error;
  }
}

async function readHeader(path: string): Promise<ArchiveHeader> {
  const reader = new LogArchiveReader();
  for await (const line of fileLines(path)) {
    readLine(reader, line);
    break;
  }
  const progress = reader.progress();
  if (!progress) throw new LogArchiveError(0, `${path} is empty`);
  return progress.header;
}

/** Refuses a log being rebuilt, or whose projection does not stand at its head (or is another version's). */
async function checkReady(driver: Driver, database: string, store: Neo4jEventStore, head: number) {
  if (await store.rebuildMarked()) {
    throw new RebuildInProgressError(
      "the projection is being rebuilt (or a rebuild was interrupted: npm run rebuild -- --resume): nothing is imported until it ends",
    );
  }
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const state = await session.executeRead((tx) => new Projector().state(tx));
    if (state.position !== head || (head > 0 && state.version !== PROJECTION_VERSION)) {
      throw new LogContinuityError(
        `the projection stands at position ${state.position} (projector version ${state.version}), the log at ${head} (version ${PROJECTION_VERSION}): bring it up to date first (npm run rebuild)`,
      );
    }
  } finally {
    await session.close();
  }
}

/**
 * How many of the file's events the log holds already: none when the file continues the log
 * exactly (its first position is the one after the head); with resume, those up to the head.
 */
function eventsToSkip(path: string, header: ArchiveHeader, head: number, resume: boolean): number {
  const { fromPosition: from, toPosition: to } = header;
  if (head === from - 1) return 0;
  if (head < from - 1) {
    throw new LogContinuityError(
      `the log ends at position ${head} and ${path} starts at ${from}: it continues a log that ends at ${from - 1} (import the backup of ${head + 1} to ${from - 1} first)`,
    );
  }
  if (head > to) {
    throw new LogContinuityError(
      `the log holds events up to position ${head}, past the last of ${path} (${to}): there is nothing to import`,
    );
  }
  if (!resume) {
    throw new LogContinuityError(
      `the log is not empty (it ends at position ${head}) and ${path} starts at ${from}: an import continues the log where it ends. ` +
        `To restore the backup whole, import it into an empty database; to continue an interrupted import of this file, add --resume`,
    );
  }
  return head - from + 1;
}
