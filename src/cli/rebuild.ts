/**
 * npm run rebuild [-- --resume | --force]: replays the whole log into an empty projection, with
 * progress, and compares the projection's fingerprint before and after. --resume continues a
 * rebuild that was interrupted (from the projection's checkpoint); --force starts over.
 */
import { openDatabase } from "../neo4j/openDatabase";
import { projectionFingerprint } from "../projection/projectionFingerprint";
import { clearRebuildMark, rebuildProjection } from "../projection/rebuildProjection";
import { rebuildProgress } from "../progress/eventProgress";
import { runCli, say } from "./runCli";

runCli(async () => {
  const resume = process.argv.includes("--resume");
  const db = await openDatabase({ report: (line) => say(`[neo4j] ${line}`) });
  try {
    if (process.argv.includes("--force")) await clearRebuildMark(db.driver, db.database);
    const before = resume ? undefined : await projectionFingerprint(db.driver, db.database);
    const started = Date.now();
    const result = await rebuildProjection(db.driver, db.database, {
      resume,
      ...rebuildProgress("rebuild", say),
    });
    const after = await projectionFingerprint(db.driver, db.database);
    const seconds = (Date.now() - started) / 1000;
    say(
      `rebuilt ${result.applied} events in ${seconds.toFixed(1)}s: ${after.nodes} nodes, ${after.relationships} relationships`,
    );
    if (!before) {
      say(`fingerprint ${after.sha256}`);
      return 0;
    }
    say(`fingerprint before ${before.sha256}`);
    say(
      `fingerprint after  ${after.sha256} ${before.sha256 === after.sha256 ? "(unchanged)" : "(CHANGED)"}`,
    );
    return before.sha256 === after.sha256 ? 0 : 1;
  } finally {
    await db.close();
  }
});
