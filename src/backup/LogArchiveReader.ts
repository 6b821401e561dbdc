import { createHash, type Hash } from "node:crypto";
import type { ArchivedEvent } from "../eventstore/ArchivedEvent";
import { LogArchiveError } from "./LogArchiveError";
import { parseArchiveLine, type ArchiveHeader, type ArchiveTrailer } from "./logArchiveFormat";

/** How far a reader has come: what an interrupted export continues from. */
export interface ArchiveProgress {
  header: ArchiveHeader;
  /** Events read so far; the next one is at header.fromPosition + count. */
  count: number;
  /** The checksum of the event lines read so far (a copy: it can be continued). */
  hash: Hash;
  /** The last event's line (without its newline), if any. */
  lastEventLine: string | undefined;
}

/**
 * Checks a backup line by line as it is read, holding none of it: the header first, then the
 * events at gapless positions from the header's first, then the trailer, whose count, last
 * position and checksum must agree with what came before it; nothing after it. No I/O: the
 * caller reads the lines. Every problem is a LogArchiveError naming its line.
 */
export class LogArchiveReader {
  private header: ArchiveHeader | undefined;
  private trailer: ArchiveTrailer | undefined;
  private readonly hash = createHash("sha256");
  private count = 0;
  private lines = 0;
  private lastEventLine: string | undefined;

  /** The next line (without its newline): the event it holds, or undefined for the header and trailer. */
  read(line: string): ArchivedEvent | undefined {
    const number = ++this.lines;
    const fail = (problem: string) => new LogArchiveError(number, problem);
    if (this.trailer) throw fail("a line after the trailer, which ends the file");
    if (line.trim() === "") throw fail("an empty line");
    const parsed = parseArchiveLine(line);
    if ("error" in parsed) throw fail(parsed.error);
    const header = this.header;
    if (!header) {
      if (parsed.kind !== "header") {
        throw fail("the file must begin with its header line: is it an export of the log?");
      }
      const { kind: _kind, ...read } = parsed;
      if (read.toPosition < read.fromPosition - 1) {
        throw fail(`the header's toPosition ${read.toPosition} is before its fromPosition`);
      }
      this.header = read;
      return undefined;
    }
    switch (parsed.kind) {
      case "header":
        throw fail("a second header");
      case "event": {
        const expected = header.fromPosition + this.count;
        if (parsed.position > expected) {
          throw fail(
            `a gap in positions: ${parsed.position} follows ${expected - 1} (${expected === parsed.position - 1 ? expected : `${expected} to ${parsed.position - 1}`} missing)`,
          );
        }
        if (parsed.position < expected) {
          throw fail(`position ${parsed.position} repeated or out of order: ${expected} expected`);
        }
        if (parsed.position > header.toPosition) {
          throw fail(
            `position ${parsed.position} is past the last one the header announces (${header.toPosition})`,
          );
        }
        this.hash.update(line);
        this.hash.update("\n");
        this.count += 1;
        this.lastEventLine = line;
        const { kind: _kind, ...event } = parsed;
        return event;
      }
      case "trailer": {
        const { kind: _kind, ...trailer } = parsed;
        const last = header.fromPosition + this.count - 1;
        if (trailer.count !== this.count || trailer.lastPosition !== last) {
          throw fail(
            `the trailer counts ${trailer.count} events up to position ${trailer.lastPosition}; the file holds ${this.count} up to ${last}`,
          );
        }
        if (last !== header.toPosition) {
          throw fail(
            `the file ends at position ${last}; its header announces events up to ${header.toPosition}`,
          );
        }
        const sha256 = this.hash.copy().digest("hex");
        if (trailer.sha256 !== sha256) {
          throw fail(
            `checksum mismatch: the events hash to ${sha256}, the trailer says ${trailer.sha256}: the file was changed or damaged`,
          );
        }
        this.trailer = trailer;
        return undefined;
      }
    }
  }

  /** After the last line: the header and trailer, once sure the file was whole. */
  finish(): { header: ArchiveHeader; trailer: ArchiveTrailer } {
    if (!this.header) throw new LogArchiveError(0, "the file is empty");
    if (!this.trailer) {
      const next = this.header.fromPosition + this.count;
      throw new LogArchiveError(
        this.lines,
        `the file ends without its trailer, after ${this.count} events (position ${next} would be next, ${this.header.toPosition} is the last announced): it is truncated`,
      );
    }
    return { header: this.header, trailer: this.trailer };
  }

  /** Whether the trailer has been read (the file is complete). */
  get complete(): boolean {
    return this.trailer !== undefined;
  }

  /** How far it has read, once the header is read. */
  progress(): ArchiveProgress | undefined {
    if (!this.header) return undefined;
    return {
      header: this.header,
      count: this.count,
      hash: this.hash.copy(),
      lastEventLine: this.lastEventLine,
    };
  }
}
