import { LogArchiveError } from "../../../src/backup/LogArchiveError";
import { LogArchiveReader } from "../../../src/backup/LogArchiveReader";
import { LogArchiveWriter } from "../../../src/backup/LogArchiveWriter";
import {
  eventLine,
  LOG_ARCHIVE_FORMAT,
  LOG_ARCHIVE_FORMAT_VERSION,
  trailerLine,
  type ArchiveHeader,
} from "../../../src/backup/logArchiveFormat";
import type { ArchivedEvent } from "../../../src/eventstore/ArchivedEvent";

function event(position: number, overrides: Partial<ArchivedEvent> = {}): ArchivedEvent {
  return {
    position,
    id: `id-${position}`,
    stream: `entity-e${position}`,
    revision: 1,
    type: "EntityRegistered",
    schemaVersion: 1,
    data: { entityId: `e${position}`, kind: "Agency", name: `E ${position}`, aliases: [] },
    metadata: {
      commandId: `c${position}`,
      correlationId: "w",
      causationId: `c${position}`,
      actor: "t",
    },
    commandHash: "a".repeat(64),
    recordedAt: "2024-02-29T10:00:00.123Z",
    source: { articleId: "a", quote: "E" },
    ...overrides,
  };
}

function header(fromPosition: number, toPosition: number): ArchiveHeader {
  return {
    format: LOG_ARCHIVE_FORMAT,
    formatVersion: LOG_ARCHIVE_FORMAT_VERSION,
    fromPosition,
    toPosition,
    projectionVersion: 2,
    exportedAt: "2024-03-01T00:00:00.000Z",
  };
}

/** A whole archive of events from..to, as its lines (without newlines). */
function archive(from: number, to: number, make = event): string[] {
  const writer = new LogArchiveWriter(header(from, to));
  const events = Array.from({ length: to - from + 1 }, (_, i) => make(from + i));
  const text = writer.headerLine() + writer.eventLines(events) + trailerLine(writer.trailer());
  return text.split("\n").slice(0, -1);
}

function readAll(lines: readonly string[]) {
  const reader = new LogArchiveReader();
  const events = lines.map((line) => reader.read(line)).filter((e) => e !== undefined);
  return { events, ...reader.finish() };
}

function problem(lines: readonly string[]): { line: number; message: string } {
  try {
    readAll(lines);
  } catch (error) {
    if (error instanceof LogArchiveError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error("the archive was accepted");
}

/** Replaces line `index` (0-based) with what `edit` makes of its JSON. */
function edited(lines: string[], index: number, edit: (value: Record<string, unknown>) => void) {
  const copy = [...lines];
  const value = JSON.parse(copy[index]!) as Record<string, unknown>;
  edit(value);
  copy[index] = JSON.stringify(value);
  return copy;
}

describe("the log's backup format", () => {
  it("reads back what it writes: the events, the range and the checksum", () => {
    const lines = archive(1, 5);
    const { events, header: read, trailer } = readAll(lines);
    expect(events).toEqual(Array.from({ length: 5 }, (_, i) => event(i + 1)));
    expect(read).toEqual(header(1, 5));
    expect(trailer).toMatchObject({ count: 5, lastPosition: 5 });
    expect(trailer.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("writes an event the same whatever the order of its fields, and leaves out what it lacks", () => {
    const original = event(1, { commandHash: undefined, source: undefined });
    delete original.commandHash;
    delete original.source;
    const reversed = Object.fromEntries(Object.entries(original).reverse()) as ArchivedEvent;
    expect(eventLine(reversed)).toBe(eventLine(original));
    expect(eventLine(original)).not.toContain("commandHash");
    expect(eventLine(original)).not.toContain("source");
    expect(readAll(archive(1, 1, () => original)).events).toEqual([original]);
  });

  it("has the same checksum for the same events whenever they are exported", () => {
    const first = archive(1, 3);
    const later = new LogArchiveWriter({ ...header(1, 3), exportedAt: "2030-01-01T00:00:00.000Z" });
    later.eventLines([event(1), event(2), event(3)]);
    expect(JSON.parse(first.at(-1)!).sha256).toBe(later.trailer().sha256);
  });

  it("accepts a segment that continues a log, and an empty one", () => {
    expect(readAll(archive(7, 9)).events.map((e) => e.position)).toEqual([7, 8, 9]);
    expect(readAll(archive(10, 9)).trailer).toMatchObject({ count: 0, lastPosition: 9 });
  });

  it("continues an interrupted file to the very bytes of an uninterrupted one", () => {
    const whole = archive(1, 6);
    const reader = new LogArchiveReader();
    for (const line of whole.slice(0, 4)) reader.read(line); // the header and three events
    const progress = reader.progress()!;
    expect(progress.count).toBe(3);
    expect(progress.lastEventLine).toBe(whole[3]);
    const writer = new LogArchiveWriter(progress.header, progress);
    const rest = writer.eventLines([event(4), event(5), event(6)]) + trailerLine(writer.trailer());
    expect([...whole.slice(0, 4), ...rest.split("\n").slice(0, -1)]).toEqual(whole);
  });

  it("refuses a line that is not JSON, naming it", () => {
    const lines = archive(1, 4);
    lines[2] = lines[2]!.slice(0, 40);
    expect(problem(lines)).toMatchObject({
      line: 3,
      message: expect.stringMatching(/^line 3: not JSON/),
    });
  });

  it("refuses an unknown event type", () => {
    const lines = edited(archive(1, 3), 2, (v) => (v.type = "EntityTeleported"));
    expect(problem(lines)).toEqual({
      line: 3,
      message: 'line 3: unknown event type "EntityTeleported"',
    });
  });

  it("refuses an event of a schema version newer than this code knows", () => {
    const lines = edited(archive(1, 3), 1, (v) => (v.schemaVersion = 9));
    expect(problem(lines).message).toContain("EntityRegistered of schema version 9");
  });

  it("refuses a field missing or of the wrong type, saying which", () => {
    const missing = edited(
      archive(1, 3),
      3,
      (v) => delete (v.metadata as Record<string, unknown>).actor,
    );
    expect(problem(missing)).toMatchObject({
      line: 4,
      message: expect.stringContaining("metadata.actor"),
    });
    const wrong = edited(archive(1, 3), 2, (v) => (v.revision = "one"));
    expect(problem(wrong).message).toContain("revision");
    const extra = edited(archive(1, 3), 2, (v) => (v.extra = true));
    expect(problem(extra).message).toContain("extra");
  });

  it("refuses a gap in positions at the line after it", () => {
    const lines = archive(1, 5);
    lines.splice(3, 1); // position 3
    expect(problem(lines)).toEqual({
      line: 4,
      message: "line 4: a gap in positions: 4 follows 2 (3 missing)",
    });
  });

  it("refuses a repeated position", () => {
    const lines = archive(1, 4);
    lines.splice(3, 0, lines[2]!);
    expect(problem(lines)).toEqual({
      line: 4,
      message: "line 4: position 2 repeated or out of order: 3 expected",
    });
  });

  it("refuses a file that does not begin with its header, or has two", () => {
    expect(problem(archive(1, 3).slice(1)).message).toContain("must begin with its header");
    const twice = archive(1, 3);
    twice.splice(2, 0, twice[0]!);
    expect(problem(twice)).toMatchObject({ line: 3, message: "line 3: a second header" });
  });

  it("refuses a header of a newer format", () => {
    const lines = edited(
      archive(1, 3),
      0,
      (v) => (v.formatVersion = LOG_ARCHIVE_FORMAT_VERSION + 1),
    );
    expect(problem(lines)).toMatchObject({
      line: 1,
      message: expect.stringContaining("format version"),
    });
  });

  it("refuses a truncated file: no trailer", () => {
    const lines = archive(1, 5).slice(0, 4);
    expect(problem(lines)).toEqual({
      line: 4,
      message:
        "line 4: the file ends without its trailer, after 3 events (position 4 would be next, 5 is the last announced): it is truncated",
    });
    expect(problem([]).message).toBe("the file is empty");
  });

  it("refuses a file whose events were changed: the checksum no longer matches", () => {
    const lines = edited(
      archive(1, 4),
      2,
      (v) => ((v.data as Record<string, unknown>).name = "Other"),
    );
    expect(problem(lines)).toMatchObject({
      line: 6,
      message: expect.stringMatching(
        /^line 6: checksum mismatch: .* the file was changed or damaged$/,
      ),
    });
  });

  it("refuses a trailer that counts other events, or ends before the header's last position", () => {
    const miscounted = edited(archive(1, 4), 5, (v) => (v.count = 3));
    expect(problem(miscounted).message).toContain("the trailer counts 3 events up to position 4");
    const short = archive(1, 4);
    const cut = edited(short.slice(0, 4), 0, (v) => (v.toPosition = 4)); // header, events 1..3
    const writer = new LogArchiveWriter(header(1, 3));
    writer.eventLines([event(1), event(2), event(3)]);
    cut.push(trailerLine(writer.trailer()).trimEnd());
    expect(problem(cut)).toMatchObject({
      line: 5,
      message: "line 5: the file ends at position 3; its header announces events up to 4",
    });
  });

  it("refuses anything after the trailer", () => {
    const lines = [...archive(1, 2), "{}"];
    expect(problem(lines)).toMatchObject({
      line: 5,
      message: expect.stringContaining("after the trailer"),
    });
  });
});
