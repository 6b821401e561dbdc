import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Neo4jEventStore } from "../eventstore/Neo4jEventStore";
import { LogContinuityError } from "../eventstore/LogContinuityError";
import { PROJECTION_VERSION } from "../projection/Projector";
import { fileLines } from "./fileLines";
import { LogArchiveError } from "./LogArchiveError";
import { LogArchiveReader, type ArchiveProgress } from "./LogArchiveReader";
import { LogArchiveWriter } from "./LogArchiveWriter";
import {
  eventLine,
  LOG_ARCHIVE_FORMAT,
  LOG_ARCHIVE_FORMAT_VERSION,
  parseArchiveLine,
  trailerLine,
  type ArchiveHeader,
  type ArchiveTrailer,
} from "./logArchiveFormat";

export interface ExportProgress {
  /** Events in the file so far (with those of the interrupted run it continues). */
  written: number;
  /** Events the file will hold. */
  total: number;
}

export interface ExportOptions {
  /** The first position to export (default 1: the whole log). */
  fromPosition?: number;
  /** Continue an interrupted export: what its file holds (readInterruptedExport). */
  resume?: ArchiveProgress;
  /** Events read per transaction. */
  pageSize?: number;
  onProgress?: (progress: ExportProgress) => void;
  now?: () => Date;
}

export interface ExportResult {
  header: ArchiveHeader;
  trailer: ArchiveTrailer;
  /** Events written by this run. */
  exported: number;
  /** Bytes written by this run. */
  bytes: number;
}

/**
 * Streams the log, from a position to the head it has when the export begins (later appends are
 * for the next export), as a backup's lines into the output it opens once the log has been
 * checked (nothing is created for an export refused): pages read with the next page read
 * while the current one is written, and written as fast as the output takes them, so the log is
 * never held in memory. Reads only committed, immutable events: it can run beside a live API.
 * With `resume`, it continues an interrupted export up to the head that export began at, after
 * checking that this is the log it came from, so the file ends as an uninterrupted run would
 * have written it.
 */
export async function exportLog(
  store: Neo4jEventStore,
  open: () => Writable,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const { pageSize = 5000, onProgress = () => {}, now = () => new Date() } = options;
  const head = await store.head();
  const writer = options.resume
    ? await resumedWriter(store, head, options.resume)
    : new LogArchiveWriter(newHeader(head, options.fromPosition ?? 1, now()));
  const to = writer.header.toPosition;
  const total = to - writer.header.fromPosition + 1;
  let bytes = 0;
  let exported = 0;

  async function* lines(): AsyncGenerator<string> {
    const emit = (text: string) => {
      bytes += Buffer.byteLength(text);
      return text;
    };
    if (!options.resume) yield emit(writer.headerLine());
    onProgress({ written: writer.written, total });
    const readPage = (from: number) =>
      from > to ? Promise.resolve([]) : store.readArchived(from, Math.min(pageSize, to - from + 1));
    let next = readPage(writer.next);
    try {
      while (writer.next <= to) {
        const page = await next;
        if (page.length === 0) throw new Error(`the log has no event at position ${writer.next}`);
        const text = writer.eventLines(page);
        next = readPage(writer.next);
        exported += page.length;
        yield emit(text);
        onProgress({ written: writer.written, total });
      }
    } finally {
      // The page read ahead is waited for (never left to fail unobserved).
      await next.catch(() => undefined);
    }
    trailer = writer.trailer();
    yield emit(trailerLine(trailer));
  }

  let trailer: ArchiveTrailer | undefined;
  await pipeline(lines(), open());
  return { header: writer.header, trailer: trailer!, exported, bytes };
}

function newHeader(head: number, fromPosition: number, exportedAt: Date): ArchiveHeader {
  if (!Number.isSafeInteger(fromPosition) || fromPosition < 1) {
    throw new RangeError(`the first position to export must be 1 or more, not ${fromPosition}`);
  }
  if (fromPosition > head + 1) {
    throw new LogContinuityError(
      `the log ends at position ${head}: an export from ${fromPosition} would leave out ${head + 1} to ${fromPosition - 1}`,
    );
  }
  return {
    format: LOG_ARCHIVE_FORMAT,
    formatVersion: LOG_ARCHIVE_FORMAT_VERSION,
    fromPosition,
    toPosition: head,
    projectionVersion: PROJECTION_VERSION,
    exportedAt: exportedAt.toISOString(),
  };
}

/** A writer continuing an interrupted export, once sure the log is the one it was exported from. */
async function resumedWriter(
  store: Neo4jEventStore,
  head: number,
  resume: ArchiveProgress,
): Promise<LogArchiveWriter> {
  const writer = new LogArchiveWriter(resume.header, resume);
  const last = writer.next - 1;
  const notThisLog = (why: string) =>
    new LogContinuityError(`${why}: this is not the log the interrupted export was made from`);
  if (head < resume.header.toPosition) {
    throw notThisLog(
      `the log ends at position ${head}, before the end of the export (${resume.header.toPosition})`,
    );
  }
  if (resume.lastEventLine !== undefined) {
    const [stored] = await store.readArchived(last, 1);
    if (!stored || eventLine(stored) !== `${resume.lastEventLine}\n`)
      throw notThisLog(`its event at position ${last} differs from the file's`);
  }
  return writer;
}

/**
 * What an interrupted export's file holds, checked line by line, and how many of its bytes to
 * keep: a last line cut short by the interruption is dropped (it is written again). A complete
 * file (one with its trailer) or a damaged one is refused.
 */
export async function readInterruptedExport(
  path: string,
): Promise<{ progress: ArchiveProgress; keepBytes: number }> {
  const reader = new LogArchiveReader();
  let keepBytes = 0;
  for await (const line of fileLines(path)) {
    if (!line.terminated) {
      // Only a trailer may lack its newline and still count: then the file is complete.
      const parsed = parseArchiveLine(line.text);
      if (!("error" in parsed) && parsed.kind === "trailer") reader.read(line.text);
      break;
    }
    reader.read(line.text);
    keepBytes = line.end;
  }
  if (reader.complete) {
    throw new LogArchiveError(
      0,
      `${path} is a complete export (it ends with its trailer): there is nothing to resume`,
    );
  }
  const progress = reader.progress();
  if (!progress) {
    throw new LogArchiveError(0, `${path} has no header: start the export again, without --resume`);
  }
  return { progress, keepBytes };
}
