/**
 * npm start's prestart, once src/ is compiled (tools/buildServer.mjs): the local Neo4j launched
 * in the background (unless NEO4J_URI names another, or it runs already) while GraphiQL and the
 * explorer are built if ide/ changed, so that the JVM's start overlaps Vite's build instead of
 * following it. The server (npm start itself) then waits for Bolt and says how long Neo4j took.
 * `--no-neo4j` builds the pages only: the tests, which bring their own Neo4j, build so.
 */
import { neo4jTarget } from "../config/neo4jSettings";
import { LocalNeo4j } from "../neo4j/LocalNeo4j";
import { ensureIdeBuilt } from "../server/ideAssets";
import { runCli, toolOptions } from "./runCli";

runCli(async () => {
  const options = toolOptions(
    { "no-neo4j": { type: "boolean", default: false } },
    "usage: node dist/server/cli/prestart.js [--no-neo4j]",
  );
  if ("exit" in options) return options.exit;
  const target = options.values["no-neo4j"] ? undefined : neo4jTarget();
  const launching =
    target?.kind === "local"
      ? new LocalNeo4j(target.local, (line) => console.log(`[neo4j] ${line}`)).launch()
      : Promise.resolve(undefined);
  const building = ensureIdeBuilt({
    building: () => console.log("[ide] building GraphiQL and the explorer (ide/ changed)..."),
    built: (seconds) => console.log(`[ide] built in ${seconds.toFixed(1)}s`),
  });
  // Both to their end before anything is said of either: a failed launch must not leave Vite
  // writing dist/ide behind an exited npm.
  const [launched, built] = await Promise.allSettled([launching, building]);
  if (launched.status === "rejected") throw launched.reason;
  if (built.status === "rejected") throw built.reason;
  if (!built.value) {
    console.error("error: building GraphiQL and the explorer failed (npm run build:ide)");
    return 1;
  }
});
