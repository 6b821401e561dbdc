/**
 * npm run import -- --in FILE [--resume]: restores a backup made by npm run export into the log,
 * through the event store and the projection, with progress on stderr.
 */
import { existsSync } from "node:fs";
import { importLog } from "../backup/importLog";
import { openDatabase } from "../neo4j/openDatabase";
import { PROJECTION_VERSION } from "../projection/Projector";
import { eventProgress } from "../progress/eventProgress";
import { runCli, say, toolOptions } from "./runCli";

const USAGE = `Imports a backup made by npm run export: into an empty database, or onto a log that it
continues exactly (a segment exported with --from-position N onto a log whose head is N-1).

usage: npm run import -- --in FILE [--resume] [--batch-size N]

options:
  --in FILE          the backup; it is checked whole (every line, positions, count, checksum)
                     before anything is written
  --resume           continue an interrupted import of FILE: skip the events the log already
                     holds of it (its last one is checked to be the file's)
  --batch-size N     events per transaction (default 5000)
  --help, -h         this text

exit codes: 0 done, 1 refused or failed (the log is as it was before the batch that failed), 2 wrong usage`;

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const note = (line: string) => process.stderr.write(`${line}\n`);

runCli(async () => {
  const parsed = toolOptions(
    {
      in: { type: "string" },
      resume: { type: "boolean", default: false },
      "batch-size": { type: "string", default: "5000" },
    },
    USAGE,
  );
  if ("exit" in parsed) return parsed.exit;
  const { values } = parsed;
  const file = values.in;
  const batchSize = Number(values["batch-size"]);
  const usage =
    file === undefined || file === ""
      ? "--in FILE is required"
      : !existsSync(file)
        ? `${file} does not exist`
        : !Number.isSafeInteger(batchSize) || batchSize < 1
          ? `--batch-size takes a number of events (1 or more), got "${values["batch-size"]}"`
          : undefined;
  if (usage || file === undefined) {
    note(`error: ${usage}\n\n${USAGE}`);
    return EXIT.usage;
  }

  const db = await openDatabase({ report: (line) => note(`[neo4j] ${line}`) });
  try {
    const started = performance.now();
    let importStarted = started;
    let progress = eventProgress("import", note);
    const result = await importLog(db.driver, db.database, file, {
      batchSize,
      resume: values.resume,
      onVerifying: () => note(`verifying ${file}`),
      onVerified: ({ header, trailer }) => {
        importStarted = performance.now();
        progress = eventProgress("import", note);
        const seconds = ((importStarted - started) / 1000).toFixed(1);
        note(
          `verified in ${seconds}s: ${trailer.count} events, positions ${header.fromPosition} to ${header.toPosition}, sha256 ${trailer.sha256}, exported ${header.exportedAt}`,
        );
        if (header.projectionVersion !== PROJECTION_VERSION) {
          note(
            `note: exported by projector version ${header.projectionVersion}, projected now by version ${PROJECTION_VERSION}: the graph's fingerprint may differ from the source's`,
          );
        }
      },
      onProgress: ({ imported, total }) => progress(imported, total),
    });
    const importSeconds = (performance.now() - importStarted) / 1000;
    const totalSeconds = (performance.now() - started) / 1000;
    say(
      `imported ${result.imported} events${result.skipped > 0 ? ` (${result.skipped} already in the log, skipped)` : ""}` +
        ` in ${importSeconds.toFixed(1)}s: ${Math.round(result.imported / Math.max(importSeconds, 0.001))} events/s` +
        ` (${totalSeconds.toFixed(1)}s with the verification); the log's head is ${result.head}`,
    );
    return EXIT.ok;
  } finally {
    await db.close();
  }
});
