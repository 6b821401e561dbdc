/**
 * npm start: the local Neo4j (unless NEO4J_URI), the article seeded into an empty log, the API
 * at http://127.0.0.1:4000/graphql with GraphiQL for browsers. Ctrl+C stops it all gracefully.
 */
import { serverSettings } from "../config/serverSettings";
import { runCli } from "../cli/runCli";
import { createLogger } from "./createLogger";
import { ideAssets } from "./ideAssets";
import { startApiServer } from "./ApiServer";
import type { ServerSettings } from "../config/serverSettings";

// Since the process started (performance's time origin): Node itself, then loading this file's
// imports (our compiled code and its libraries), which CommonJS runs before the first statement.
const loadedMillis = performance.now();

runCli(async () => {
  const settings = serverSettings();
  const log = createLogger(settings.logLevel);
  if (!ideAssets().built)
    log.warn(
      "GraphiQL and the explorer are not built (npm run build:ide): browsers get no IDE at /graphql, no explorer at /explore",
    );
  const server = await startApiServer({ settings, log, stopLocalNeo4j: true });
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
  const t = server.timings;
  // From the process's start, so that loading the code counts; npm and prestart, before this
  // process, do not.
  const upMillis = performance.now();
  console.log(
    [
      "",
      `  ISS knowledge graph is up in ${seconds(upMillis)} since its process started (load ${seconds(loadedMillis)}, Neo4j ${seconds(t.databaseMillis)}, projection ${seconds(t.projectionMillis)}, seed ${seconds(t.seedMillis)}, schema ${seconds(t.schemaMillis)}, serve ${seconds(t.serveMillis)})`,
      `  GraphQL + GraphiQL   ${server.url}`,
      `  Explorer             ${server.url.replace(/\/graphql$/, "/explore")}`,
      `  Subscriptions        ${server.wsUrl}`,
      `  Health               ${server.url.replace(/\/graphql$/, "/healthz")}, ${server.url.replace(/\/graphql$/, "/readyz")}`,
      server.database.local
        ? `  Neo4j Browser        ${server.database.local.browserUrl} (Bolt ${server.database.uri})`
        : `  Neo4j                ${server.database.uri}`,
      `  Access               ${accessLine(settings)}`,
      "",
    ].join("\n"),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping: draining requests and subscriptions");
    await server.stop();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
});

/** What a person needs to know to write: reads are open (by default), writes need a credential. */
function accessLine({ auth }: ServerSettings): string {
  const reads = auth.reads === "open" ? "reads open" : "reads need a reader";
  const jwt = auth.jwt ? `a JWT of ${auth.jwt.issuer} or ` : "";
  return `${reads}; writes need ${jwt}an API key: npm run keys -- create --name you --role writer, then Authorization: Bearer <key>`;
}
