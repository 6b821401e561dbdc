import { readFileSync, writeFileSync } from "node:fs";
import { LogArchiveError } from "../../src/backup/LogArchiveError";
import { LogArchiveWriter } from "../../src/backup/LogArchiveWriter";
import { trailerLine, type ArchiveHeader } from "../../src/backup/logArchiveFormat";
import { LogImportError } from "../../src/backup/LogImportError";
import type { ArchivedEvent } from "../../src/eventstore/ArchivedEvent";
import { LogContinuityError } from "../../src/eventstore/LogContinuityError";
import { snapshot, storedLog } from "../support/storedLog";
import { runNpmScript } from "../support/runCli";
import { backupFixture } from "../support/backupFixture";

const lines = (file: string) => readFileSync(file, "utf8").split("\n").slice(0, -1);

describe("backup and restore of the log: refusals and the command-line tools", () => {
  const { ctx, file, exportTo, importFrom, runCommands, emptied } = backupFixture();

  describe("refusals leave the database as it was", () => {
    let source: string[] | undefined;
    let whole: Awaited<ReturnType<typeof snapshot>>;

    // One backup for all of these: a log made once, exported, and the database emptied.
    beforeEach(async () => {
      if (source) return;
      await runCommands(250, 77);
      await exportTo("source.ndjson");
      source = lines(file("source.ndjson"));
      whole = await snapshot(ctx.driver);
      expect(source.length).toBeGreaterThan(70);
      await emptied();
    });

    /** Writes the lines (a newline after each unless `cut`) as a backup file. */
    function backup(name: string, content: string[], cut = false) {
      writeFileSync(file(name), content.join("\n") + (cut ? "" : "\n"));
      return name;
    }

    /** The events of `source`, changed by `edit`, written again with a trailer that matches them. */
    function rewritten(name: string, edit: (events: ArchivedEvent[]) => void) {
      const header = JSON.parse(source![0]!) as ArchiveHeader;
      const events = source!.slice(1, -1).map((l) => {
        const { kind: _kind, ...event } = JSON.parse(l) as ArchivedEvent & { kind: string };
        return event as ArchivedEvent;
      });
      edit(events);
      const writer = new LogArchiveWriter(header);
      writeFileSync(
        file(name),
        writer.headerLine() + writer.eventLines(events) + trailerLine(writer.trailer()),
      );
      return name;
    }

    it("refuses a whole backup onto a log that is not empty", async () => {
      await importFrom("source.ndjson");
      const before = await snapshot(ctx.driver);
      expect(before).toEqual(whole);
      const error = await importFrom("source.ndjson").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LogContinuityError);
      expect((error as Error).message).toContain(
        `the log is not empty (it ends at position ${before.log.head})`,
      );
      expect(await snapshot(ctx.driver)).toEqual(before);
    });

    const damaged: [string, (source: string[]) => [string[], boolean], RegExp][] = [
      [
        "a gap in positions",
        (s) => [[...s.slice(0, 10), ...s.slice(11)], false],
        /^line 11: a gap in positions: 11 follows 9 \(10 missing\)$/,
      ],
      [
        "a line that is not JSON",
        (s) => [[...s.slice(0, 5), "{not json", ...s.slice(6)], false],
        /^line 6: not JSON/,
      ],
      [
        "an unknown event type",
        (s) => [
          s.map((l, i) => (i === 7 ? l.replace(/"type":"\w+"/, '"type":"ModuleLaunched"') : l)),
          false,
        ],
        /^line 8: unknown event type "ModuleLaunched"$/,
      ],
      [
        "a changed event (the checksum)",
        (s) => [
          s.map((l, i) => (i === 3 ? l.replace(/"actor":"\w+"/, '"actor":"mallory"') : l)),
          false,
        ],
        /^line \d+: checksum mismatch: .*the file was changed or damaged$/,
      ],
      [
        "a file cut at a line's end (no trailer)",
        (s) => [s.slice(0, 30), false],
        /^line 30: the file ends without its trailer, after 29 events .*: it is truncated$/,
      ],
      [
        "a file cut in the middle of a line",
        (s) => [[...s.slice(0, 30), s[30]!.slice(0, 25)], true],
        /^line 31: not JSON .*\(the file ends there: it is truncated\)$/,
      ],
    ];

    it.each(damaged)(
      "refuses %s, naming the line, before writing anything",
      async (_, damage, message) => {
        const [content, cut] = damage(source!);
        const error = await importFrom(backup("damaged.ndjson", content, cut)).catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(LogArchiveError);
        expect((error as Error).message).toMatch(message);
        expect((await snapshot(ctx.driver)).log).toEqual({ head: 0, events: [], streams: [] });
        expect((await snapshot(ctx.driver)).projection.nodes).toBe(0);
      },
    );

    it("stops at a batch the log refuses, with the log as it was before that batch; --resume continues it", async () => {
      // Sound as a file (its checksum matches), but event 50 skips a revision of its stream.
      rewritten("bad-revision.ndjson", (events) => (events[49]!.revision += 1));
      const error = await importFrom("bad-revision.ndjson", { batchSize: 20 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(LogImportError);
      expect((error as Error).message).toMatch(
        /^lines 42 to 61 \(positions 41 to 60\) were not imported: the event at position 50 is revision \d+ of stream ".+", which stands at revision \d+\. The log ends at position 40, as it did before them$/,
      );
      const partial = await storedLog(ctx.driver);
      expect(partial.head).toBe(40);
      expect(partial.events).toEqual(whole.log.events.slice(0, 40));

      // Another file whose event 40 differs is not taken for this one.
      rewritten("other.ndjson", (events) => (events[39]!.metadata.actor = "mallory"));
      await expect(importFrom("other.ndjson", { resume: true })).rejects.toThrow(
        /the log's event at position 40 differs from line 41/,
      );
      expect((await storedLog(ctx.driver)).head).toBe(40);

      const resumed = await importFrom("source.ndjson", { resume: true, batchSize: 20 });
      expect(resumed).toMatchObject({ skipped: 40, imported: whole.log.head - 40 });
      expect(await snapshot(ctx.driver)).toEqual(whole);
    });
  });

  describe("the command-line tools", () => {
    const run = (script: "export" | "import", args: string[]) => runNpmScript(script, args);

    it("export to stdout, with progress on stderr; import with a clear error and exit codes", async () => {
      await runCommands(40, 11);
      const { head } = await storedLog(ctx.driver);
      await exportTo("reference.ndjson");

      const exported = await run("export", ["--out", "-"]);
      expect(exported.code).toBe(0);
      expect(exported.stdout.split("\n").slice(1)).toEqual(
        readFileSync(file("reference.ndjson"), "utf8").split("\n").slice(1),
      );
      expect(exported.stderr).toContain(`export: ${head}/${head} events (100%)`);
      writeFileSync(file("cli.ndjson"), exported.stdout);

      const refused = await run("import", ["--in", file("cli.ndjson")]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("error: the log is not empty");

      await emptied();
      const broken = lines(file("cli.ndjson"));
      broken[4] = "{";
      writeFileSync(file("broken.ndjson"), `${broken.join("\n")}\n`);
      const bad = await run("import", ["--in", file("broken.ndjson")]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/^error: line 5: not JSON/m);
      expect((await storedLog(ctx.driver)).head).toBe(0);

      const imported = await run("import", ["--in", file("cli.ndjson")]);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toMatch(new RegExp(`imported ${head} events in .* events/s`));
      expect((await storedLog(ctx.driver)).head).toBe(head);

      const usage = await run("import", []);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain("--in FILE is required");
    }, 240_000);
  });
});
