/**
 * npm run export -- --out FILE [--from-position N] | --out FILE --resume | --out -: the log as
 * a backup (NDJSON: a header, one line per event, a trailer with the count and a checksum), with
 * progress on stderr. See src/backup/logArchiveFormat.ts for the format.
 */
import { createWriteStream, existsSync } from "node:fs";
import { truncate } from "node:fs/promises";
import { exportLog, readInterruptedExport } from "../backup/exportLog";
import type { ArchiveProgress } from "../backup/LogArchiveReader";
import { Neo4jEventStore } from "../eventstore/Neo4jEventStore";
import { openDatabase } from "../neo4j/openDatabase";
import { eventProgress } from "../progress/eventProgress";
import { runCli, toolOptions } from "./runCli";

const USAGE = `Exports the log as a backup: NDJSON, a header, one line per event, a trailer (count, SHA-256).

usage: npm run export -- --out FILE [--from-position N]   a new file (refuses an existing one)
       npm run export -- --out FILE --resume              completes an interrupted export of FILE
       npm run export -- --out - [--from-position N]      to stdout

options:
  --out FILE | -        where to write; - is stdout (progress always goes to stderr)
  --from-position N     start at position N (default 1): a segment that continues a backup
                        ending at N-1 (its trailer's lastPosition), imported after it
  --resume              continue FILE, an export that was interrupted, up to the log's head
                        when it began: the file ends as an uninterrupted export would have
  --force               overwrite FILE if it exists
  --help, -h            this text

exit codes: 0 done, 1 refused or failed (an export cut short is completed by --resume), 2 wrong usage`;

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const note = (line: string) => process.stderr.write(`${line}\n`);

runCli(async () => {
  const parsed = toolOptions(
    {
      out: { type: "string" },
      "from-position": { type: "string" },
      resume: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
    },
    USAGE,
  );
  if ("exit" in parsed) return parsed.exit;
  const { values } = parsed;
  const out = values.out;
  const fromText = values["from-position"];
  const fromPosition = fromText === undefined ? 1 : Number(fromText);
  const usage =
    out === undefined || out === ""
      ? "--out FILE (or --out - for stdout) is required"
      : !Number.isSafeInteger(fromPosition) || fromPosition < 1
        ? `--from-position takes a position (1 or more), got "${fromText}"`
        : values.resume && (out === "-" || fromText !== undefined || values.force)
          ? "--resume continues the file it names: not with --out -, --from-position or --force"
          : out !== "-" && !values.resume && !values.force && existsSync(out)
            ? `${out} exists: --resume completes an interrupted export of it, --force overwrites it`
            : values.resume && !existsSync(out)
              ? `${out} does not exist: there is no export to resume`
              : undefined;
  if (usage || out === undefined) {
    note(`error: ${usage}\n\n${USAGE}`);
    return EXIT.usage;
  }

  // An interrupted export is checked before anything else: a damaged file is not continued. A
  // last line cut short is dropped, to be written again whole.
  const interrupted = values.resume ? await readInterruptedExport(out) : undefined;
  if (interrupted) await truncate(out, interrupted.keepBytes);
  const db = await openDatabase({ report: (line) => note(`[neo4j] ${line}`) });
  try {
    const store = new Neo4jEventStore(db.driver, db.database);
    let resume: ArchiveProgress | undefined;
    if (interrupted) {
      resume = interrupted.progress;
      note(
        `resuming ${out}: ${resume.count} events there, from position ${resume.header.fromPosition + resume.count}`,
      );
    }
    const started = performance.now();
    const progress = eventProgress("export", note, { already: resume?.count ?? 0 });
    const result = await exportLog(
      store,
      () => {
        if (out === "-") return process.stdout;
        // flush: the file is on disk (fsync) before the export says it is done.
        return createWriteStream(out, {
          flags: interrupted ? "a" : values.force ? "w" : "wx",
          flush: true,
        });
      },
      {
        fromPosition,
        resume,
        onProgress: ({ written, total }) => progress(written, total),
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const { header, trailer } = result;
    note(
      `exported ${result.exported} events in ${seconds.toFixed(1)}s (${Math.round(result.exported / Math.max(seconds, 0.001))} events/s, ${(result.bytes / 1e6).toFixed(1)} MB)` +
        ` to ${out === "-" ? "stdout" : out}: positions ${header.fromPosition} to ${header.toPosition}, sha256 ${trailer.sha256}`,
    );
    return EXIT.ok;
  } finally {
    await db.close();
  }
});
