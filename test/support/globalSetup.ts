import { LocalNeo4j } from "../../src/neo4j/LocalNeo4j";
import { ensureIdeBuilt } from "../../src/server/ideAssets";
import { TEST_ENV, testNeo4jSettings } from "./testNeo4j";

declare global {
  var __TEST_NEO4J__: LocalNeo4j | undefined;
}

/** Starts a fresh test Neo4j (or uses NEO4J_TEST_URI) before any test file runs. */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) {
    await buildIde();
    process.env[TEST_ENV.uri] = process.env.NEO4J_TEST_URI;
    process.env[TEST_ENV.user] = process.env.NEO4J_TEST_USER || "neo4j";
    process.env[TEST_ENV.password] = process.env.NEO4J_TEST_PASSWORD || "";
    return;
  }
  const settings = testNeo4jSettings();
  const server = new LocalNeo4j(settings, (line) => process.stdout.write(`\n[test neo4j] ${line}`));
  await server.reset(); // also stops one left running by an interrupted run
  // Its JVM starts while Vite builds the pages, if they need it; start() then waits for Bolt.
  await server.launch();
  try {
    await buildIde();
  } catch (error) {
    await server.stop();
    throw error;
  }
  const started = await server.start();
  process.stdout.write(
    `\n[test neo4j] up on ${server.boltUri} in ${(started.startMillis / 1000).toFixed(1)}s (${settings.instanceDir})\n`,
  );
  globalThis.__TEST_NEO4J__ = server;
  process.env[TEST_ENV.uri] = server.boltUri;
  process.env[TEST_ENV.user] = settings.user;
  process.env[TEST_ENV.password] = settings.password ?? "";
  process.env[TEST_ENV.browserUrl] = server.browserUrl;
}

/** The end-to-end tests load GraphiQL from the server: built when it is missing or stale. */
async function buildIde(): Promise<void> {
  const ide = {
    building: () => process.stdout.write("\n[ide] building GraphiQL and the explorer...\n"),
    built: (seconds: number) => process.stdout.write(`[ide] built in ${seconds.toFixed(1)}s\n`),
  };
  if (!(await ensureIdeBuilt(ide))) {
    throw new Error("npm run build:ide failed; the end-to-end tests need GraphiQL");
  }
}
