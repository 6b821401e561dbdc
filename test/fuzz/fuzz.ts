/**
 * npm run fuzz [-- --requests N --seed N --concurrency N]: hostile requests against the API over
 * a Neo4j of its own (folder .neo4j/fuzz, Bolt 37787 unless FUZZ_NEO4J_BOLT_PORT), seeded with
 * the article as npm start does. Every answer must be a 4xx or a coded GraphQL error (never a 5xx,
 * INTERNAL_SERVER_ERROR or a stack trace), the p99 under a second, the log and the graph
 * unchanged, and a well-behaved client served throughout. Exit code 0 when all hold, 1 otherwise.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { serverSettings } from "../../src/config/serverSettings";
import { localNeo4jSettings } from "../../src/config/neo4jSettings";
import { projectRoot } from "../../src/config/projectRoot";
import { LocalNeo4j } from "../../src/neo4j/LocalNeo4j";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { startApiServer } from "../../src/server/ApiServer";
import { createLogger } from "../../src/server/createLogger";
import { testAuthSettings, testToken } from "../../tools/support/testTokens";
import { ApiKeyStore } from "../../src/auth/ApiKeyStore";
import { legacyKeyFile } from "../support/legacyKeyFile";
import { heapAfterGc, logScanner } from "./fuzzPhases";
import { FUZZ_PROBE, refusedCredentials, seedFuzzTargets } from "./fuzzTargets";
import { heapFailure, startSlowLoris, trustChecks, trustRows } from "./trustChecks";
import { runFuzz, type FuzzReport } from "./runFuzz";

const P99_TARGET_MILLIS = 1_000;
/** Requests between two measures of the heap (after a full collection). */
const HEAP_CHECKPOINT = 2_000;

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      requests: { type: "string", default: "20000" },
      seed: { type: "string", default: String(Date.now() % 1_000_000) },
      concurrency: { type: "string", default: "8" },
    },
  });
  const requests = Number(values.requests);
  const seed = Number(values.seed);
  const concurrency = Number(values.concurrency);
  for (const [name, value] of Object.entries({ requests, seed, concurrency })) {
    if (!Number.isSafeInteger(value) || value < 1) {
      console.error(`--${name} must be a whole number of at least 1`);
      return 2;
    }
  }
  const ports = localNeo4jSettings({
    NEO4J_BOLT_PORT: process.env.FUZZ_NEO4J_BOLT_PORT || "37787",
    NEO4J_HTTP_PORT: process.env.FUZZ_NEO4J_HTTP_PORT || "37774",
  });
  const neo4j = new LocalNeo4j(
    {
      ...localNeo4jSettings({}),
      instanceDir: path.join(projectRoot(), ".neo4j", "fuzz"),
      boltPort: ports.boltPort,
      httpPort: ports.httpPort,
      heapSize: "1g",
      pageCacheSize: "512m",
      password: "fuzz-password-not-secret",
    },
    (line) => console.error(`[fuzz neo4j] ${line}`),
  );
  await neo4j.reset();
  await neo4j.start();
  // Signed with a secret of this run: the fuzzing writer is real, and valid for this run only.
  const secret = randomBytes(32).toString("base64url");
  const writerJwt = await testToken("writer", { subject: "fuzz" }, secret);
  // Keys of this run: one of the first format (its id is what guessing tokens carry), and a
  // writer's key, timed during the bad-token flood.
  const keysFile = path.join(mkdtempSync(path.join(os.tmpdir(), "iss-fuzz-keys-")), "keys.json");
  const legacy = legacyKeyFile(keysFile);
  const writerKey = (await new ApiKeyStore(keysFile).create({ name: "fuzz", role: "writer" }))
    .token;
  // Everything the server logs, at info, scanned for the run's credentials (and kept nowhere).
  const scanned = logScanner([writerJwt, writerKey.slice(6), legacy.token.slice(-43), secret]);
  const auth = testAuthSettings({ apiKeysFile: keysFile });
  const settings = serverSettings({});
  const server = await startApiServer({
    settings: {
      ...settings,
      port: 0,
      logLevel: "info",
      auth: { ...auth, jwt: { ...auth.jwt!, key: { kind: "secret", secret } } },
    },
    target: {
      kind: "external",
      uri: neo4j.boltUri,
      user: "neo4j",
      password: "fuzz-password-not-secret",
      database: "neo4j",
    },
    log: createLogger("info", scanned.stream),
  });
  try {
    const { driver, database } = server.database;
    const headBefore = await server.services.store.head();
    const before = await projectionFingerprint(driver, database);
    console.error(
      `fuzzing ${server.url}: ${requests} requests, seed ${seed}, ${concurrency} at once`,
    );
    const started = performance.now();
    const slowLorisDone = startSlowLoris(server.port, settings.connections.headersTimeoutMs);
    const heap = { before: heapAfterGc(), checkpoints: [] as number[], atEnd: 0, afterGc: 0 };
    const report = await runFuzz({
      baseUrl: new URL(server.url).origin,
      seed,
      requests,
      concurrency,
      targets: seedFuzzTargets(`Bearer ${writerJwt}`, {
        refusedCredentials: await refusedCredentials(secret),
        legacyKeyId: legacy.oldId,
      }),
      probe: FUZZ_PROBE,
      onProgress: (sent, total) => {
        if (sent % 1000 === 0) {
          const seconds = (performance.now() - started) / 1000;
          console.error(`  ${sent}/${total} (${Math.round(sent / seconds)} requests/s)`);
        }
        if (sent % HEAP_CHECKPOINT === 0) heap.checkpoints.push(heapAfterGc());
      },
    });
    heap.atEnd = process.memoryUsage().heapUsed / 2 ** 20;
    heap.afterGc = heapAfterGc();
    const trust = await trustChecks({
      url: server.url,
      writerKey,
      legacyKeyId: legacy.oldId,
      driver: server.database.driver,
      database: server.database.database,
      slowLorisDone,
    });
    const headAfter = await server.services.store.head();
    const after = await projectionFingerprint(driver, database);
    const unchanged = headAfter === headBefore && after.sha256 === before.sha256;
    print(report, { seed, unchanged, headBefore, headAfter });
    const log = { lines: scanned.lines(), leaks: scanned.leaks() };
    console.log(
      ["", "| trust | value |", "| --- | --- |", ...trustRows(trust.figures, heap, log)].join("\n"),
    );
    const failures = [
      ...trust.failures,
      ...(log.leaks > 0 ? [`${log.leaks} log lines held a credential`] : []),
      ...[heapFailure(heap)].filter((f): f is string => f !== undefined),
    ];
    for (const failure of failures) console.log(`\nfailed: ${failure}`);
    const passed =
      report.violations.length === 0 &&
      report.fiveHundreds === 0 &&
      report.internalServerErrors === 0 &&
      report.latency.p99Millis < P99_TARGET_MILLIS &&
      unchanged &&
      failures.length === 0;
    console.log(passed ? "\nfuzz: PASSED" : "\nfuzz: FAILED");
    return passed ? 0 : 1;
  } finally {
    await server.stop();
    await neo4j.stop();
  }
}

function print(
  report: FuzzReport,
  state: { seed: number; unchanged: boolean; headBefore: number; headAfter: number },
): void {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const lines = [
    "",
    "| figure | value |",
    "| --- | --- |",
    `| requests (seed ${state.seed}) | ${report.sent} |`,
    `| answers by HTTP status | ${Object.entries(report.byStatus)
      .map(([status, count]) => `${status}: ${count}`)
      .join(", ")} |`,
    `| 5xx | ${report.fiveHundreds} |`,
    `| INTERNAL_SERVER_ERROR | ${report.internalServerErrors} |`,
    `| rule violations | ${report.violations.length} |`,
    `| latency p50 / p99 / max | ${ms(report.latency.p50Millis)} / ${ms(report.latency.p99Millis)} / ${ms(report.latency.maxMillis)} (p99 target < ${P99_TARGET_MILLIS} ms) |`,
    `| slowest | ${report.slowest.kind}, ${ms(report.slowest.millis)}, HTTP ${report.slowest.status} |`,
    `| well-behaved client p50 / p99 alone | ${ms(report.probe.aloneP50)} / ${ms(report.probe.aloneP99)} |`,
    `| well-behaved client p50 / p99 during | ${ms(report.probe.duringP50)} / ${ms(report.probe.duringP99)} (${(report.probe.duringP50 / Math.max(report.probe.aloneP50, 0.001)).toFixed(2)}x alone) |`,
    `| log head and fingerprint | ${state.unchanged ? "unchanged" : `CHANGED (head ${state.headBefore} -> ${state.headAfter})`} |`,
    "",
    "| kind | sent | p99 | max |",
    "| --- | --- | --- | --- |",
    ...Object.entries(report.byKind)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, k]) => `| ${kind} | ${k.sent} | ${ms(k.p99Millis)} | ${ms(k.maxMillis)} |`),
  ];
  console.log(lines.join("\n"));
  for (const violation of report.violations.slice(0, 20)) {
    console.log(`\nviolation (${violation.kind}): ${violation.why}, HTTP ${violation.status}`);
    console.log(`  request: ${violation.request}`);
    console.log(`  answer:  ${violation.answer}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
