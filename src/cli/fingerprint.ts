/** npm run fingerprint: prints a hash of the projection (equal hashes, equal graphs). */
import { openDatabase } from "../neo4j/openDatabase";
import { projectionFingerprint } from "../projection/projectionFingerprint";
import { runCli, say } from "./runCli";

runCli(async () => {
  const db = await openDatabase({ report: (line) => say(`[neo4j] ${line}`) });
  try {
    const { sha256, nodes, relationships } = await projectionFingerprint(db.driver, db.database);
    say(`${sha256}  (${nodes} nodes, ${relationships} relationships)`);
  } finally {
    await db.close();
  }
});
