/**
 * npm start: the local Neo4j (unless NEO4J_URI: started when it is not running, reused when it
 * is), the article seeded into an empty log, the API at http://127.0.0.1:4000/graphql with
 * GraphiQL for browsers. Ctrl+C stops the API gracefully; the local Neo4j keeps running for the
 * next start (npm run db:stop stops it).
 */
import { serverSettings } from "../config/serverSettings";
import { runCli } from "../cli/runCli";
import { createLogger } from "./createLogger";
import { ideAssets } from "./ideAssets";
import { startApiServer } from "./ApiServer";
import type { ServerSettings } from "../config/serverSettings";
import type { StartedServer } from "./ApiServer";

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
  const server = await startApiServer({ settings, log });
  // Ctrl+C stops gracefully from the moment the API is up: before the banner, which a supervisor
  // (or a test) may read and answer with a signal at once.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping: draining requests and subscriptions");
    await server.stop();
    log.info("stopped");
    // After the log's last lines (pino writes them asynchronously), not amid them.
    await new Promise<void>((resolve) => log.flush(() => resolve()));
    const neo4j = server.database.localStart;
    if (neo4j)
      console.log(
        `\n  The API stopped. Neo4j keeps running (pid ${neo4j.pid}) so that the next npm start need not wait for it: npm run db:stop stops it.\n`,
      );
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
  const t = server.timings;
  // From the process's start, so that loading the code counts; npm and prestart, before this
  // process, do not.
  const upMillis = performance.now();
  console.log(
    [
      "",
      `  ISS knowledge graph is up in ${seconds(upMillis)} since its process started (load ${seconds(loadedMillis)}, Neo4j ${seconds(t.databaseMillis)}, indexes ${seconds(t.databaseSchemaMillis)}, projection ${seconds(t.projectionMillis)}, seed ${seconds(t.seedMillis)}, GraphQL schema ${seconds(t.schemaMillis)}, serve ${seconds(t.serveMillis)})`,
      `  GraphQL + GraphiQL   ${server.url}`,
      `  Explorer             ${server.url.replace(/\/graphql$/, "/explore")}`,
      `  Subscriptions        ${server.wsUrl}`,
      `  Health               ${server.url.replace(/\/graphql$/, "/healthz")}, ${server.url.replace(/\/graphql$/, "/readyz")}`,
      ...neo4jLines(server),
      `  Access               ${accessLine(settings)}`,
      "",
    ].join("\n"),
  );
});

/** Where Neo4j is, and for the local one: started by this start or found running, and how it stops. */
function neo4jLines({ database }: StartedServer): string[] {
  const local = database.localStart;
  if (!database.local || !local) return [`  Neo4j                ${database.uri}`];
  const how = local.alreadyRunning
    ? `reused: it was running (pid ${local.pid})`
    : `started in ${(local.startMillis / 1000).toFixed(1)}s (pid ${local.pid}${local.assemblyMillis ? `, assembled in ${(local.assemblyMillis / 1000).toFixed(1)}s` : ""})`;
  return [
    `  Neo4j Browser        ${database.local.browserUrl} (Bolt ${database.uri})`,
    `  Neo4j                ${how}; it runs in the background after Ctrl+C too, npm run db:stop stops it`,
  ];
}

/** What a person needs to know to write: reads are open (by default), writes need a credential. */
function accessLine({ auth }: ServerSettings): string {
  const reads = auth.reads === "open" ? "reads open" : "reads need a reader";
  const jwt = auth.jwt ? `a JWT of ${auth.jwt.issuer} or ` : "";
  return `${reads}; writes need ${jwt}an API key: npm run keys -- create --name you --role writer, then Authorization: Bearer <key>`;
}
