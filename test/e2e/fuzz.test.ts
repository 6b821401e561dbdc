import type { StartedServer } from "../../src/server/ApiServer";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { FUZZ_PROBE, refusedCredentials, seedFuzzTargets } from "../fuzz/fuzzTargets";
import { runFuzz } from "../fuzz/runFuzz";
import { startTestServer } from "../support/testServer";
import { legacyKeyFile } from "../support/legacyKeyFile";
import { bearer, testAuthSettings } from "../../tools/support/testTokens";

/**
 * The quick variant of npm run fuzz: hostile requests of every kind against the seeded server.
 * Timings are printed, not asserted (shared machines); the answers' rules are asserted.
 */
describe("hostile requests (quick fuzz)", () => {
  let server: StartedServer;

  let legacyKeyId: string;

  beforeAll(async () => {
    // A key file of the first format: its key's id is what tokens guessing at it carry.
    const keysFile = path.join(mkdtempSync(path.join(os.tmpdir(), "iss-fuzz-keys-")), "keys.json");
    legacyKeyId = legacyKeyFile(keysFile).oldId;
    server = await startTestServer({
      settings: { auth: testAuthSettings({ apiKeysFile: keysFile }) },
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("get a 4xx or a coded error, never a 5xx or INTERNAL_SERVER_ERROR, and change nothing", async () => {
    const { driver, database } = server.database;
    const headBefore = await server.services.store.head();
    const before = await projectionFingerprint(driver, database);
    const report = await runFuzz({
      baseUrl: new URL(server.url).origin,
      seed: Number(process.env.FUZZ_SEED ?? 20261126),
      requests: Number(process.env.FUZZ_REQUESTS ?? 1_500),
      concurrency: 4,
      targets: seedFuzzTargets(await bearer("writer", "fuzz"), {
        refusedCredentials: await refusedCredentials(),
        legacyKeyId,
      }),
      probe: FUZZ_PROBE,
    });
    process.stdout.write(
      `fuzz: ${report.sent} requests, statuses ${JSON.stringify(report.byStatus)}, p50 ${report.latency.p50Millis.toFixed(0)} ms, p99 ${report.latency.p99Millis.toFixed(0)} ms, slowest ${report.slowest.kind} ${report.slowest.millis.toFixed(0)} ms; well-behaved client p50 ${report.probe.aloneP50.toFixed(0)} ms alone, ${report.probe.duringP50.toFixed(0)} ms during\n`,
    );
    expect(report.violations).toEqual([]);
    expect(report.fiveHundreds).toBe(0);
    expect(report.internalServerErrors).toBe(0);
    expect(await server.services.store.head()).toBe(headBefore);
    expect(await projectionFingerprint(driver, database)).toEqual(before);
  });
});
