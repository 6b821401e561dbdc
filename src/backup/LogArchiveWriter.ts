import { createHash, type Hash } from "node:crypto";
import type { ArchivedEvent } from "../eventstore/ArchivedEvent";
import { eventLine, headerLine, type ArchiveHeader, type ArchiveTrailer } from "./logArchiveFormat";

/**
 * The lines of a backup in order: the header, the events (checked to follow each other from the
 * header's first position), then the trailer's content, with the count and checksum kept as the events go. An
 * interrupted export is continued from what its reader found (count and checksum so far).
 */
export class LogArchiveWriter {
  private readonly hash: Hash;
  private count: number;

  constructor(
    readonly header: ArchiveHeader,
    resumed?: { count: number; hash: Hash },
  ) {
    this.hash = resumed?.hash ?? createHash("sha256");
    this.count = resumed?.count ?? 0;
  }

  /** The position of the next event. */
  get next(): number {
    return this.header.fromPosition + this.count;
  }

  get written(): number {
    return this.count;
  }

  headerLine(): string {
    return headerLine(this.header);
  }

  /** The lines of the next events, which must continue the previous ones. */
  eventLines(events: readonly ArchivedEvent[]): string {
    let text = "";
    for (const event of events) {
      if (event.position !== this.next) {
        throw new Error(`the log has no event at position ${this.next} (next: ${event.position})`);
      }
      if (event.position > this.header.toPosition) {
        throw new Error(
          `position ${event.position} is past the export's end (${this.header.toPosition})`,
        );
      }
      const line = eventLine(event);
      this.hash.update(line);
      this.count += 1;
      text += line;
    }
    return text;
  }

  /** The trailer, once every event up to the header's last position is written. */
  trailer(): ArchiveTrailer {
    const last = this.next - 1;
    if (last !== this.header.toPosition) {
      throw new Error(`the export stops at position ${last}, before ${this.header.toPosition}`);
    }
    return { count: this.count, lastPosition: last, sha256: this.hash.digest("hex") };
  }
}
