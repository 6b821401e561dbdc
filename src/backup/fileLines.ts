import { createReadStream } from "node:fs";

export interface FileLine {
  /** The line's text (UTF-8), without its newline. */
  text: string;
  /** 1-based. */
  number: number;
  /** The byte offset just past the line (and its newline): where the next line starts. */
  end: number;
  /** False for a last line with no newline after it (perhaps cut short). */
  terminated: boolean;
}

/**
 * A file's lines, read in large chunks and never held whole, with the byte offset where each
 * ends (an interrupted export is cut back to its last whole line before it is continued).
 */
export async function* fileLines(path: string): AsyncGenerator<FileLine> {
  let pending: Buffer[] = [];
  let offset = 0;
  let number = 0;
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(10); newline >= 0; newline = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, newline);
      const bytes = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
      pending = [];
      offset += bytes.length + 1;
      number += 1;
      yield { text: bytes.toString("utf8"), number, end: offset, terminated: true };
      start = newline + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) {
    const bytes = Buffer.concat(pending);
    offset += bytes.length;
    yield { text: bytes.toString("utf8"), number: number + 1, end: offset, terminated: false };
  }
}
