import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchFigures } from "../../bench/benchFigures";
import { apiMillis } from "../../bench/cpuProfile";
import { formatBenchTable } from "../../bench/formatBenchTable";
import { DEFAULT_BENCH_OPTIONS, type BenchResult } from "../../bench/benchOptions";
import { runBenchmark } from "../../bench/runBenchmark";
import { TEST_ENV } from "../support/testNeo4j";

/**
 * The benchmark at a small scale on the test Neo4j, so that it cannot rot: every phase runs and
 * produces numbers, the raw load and the rebuild give back the same graph, and GraphQL and the
 * hand-written Cypher give the same answers. Timings are never asserted. The start-up phases
 * (npm start as a child process, twice) and the warm-up (the same paths again) are skipped here.
 */
describe("npm run bench at a small scale", () => {
  let result: BenchResult;
  const progress: string[] = [];
  const profileDir = mkdtempSync(path.join(tmpdir(), "bench-profiles-"));
  afterAll(() => rmSync(profileDir, { recursive: true, force: true }));

  beforeAll(async () => {
    result = await runBenchmark(
      {
        ...DEFAULT_BENCH_OPTIONS,
        scale: 1_000,
        factsPerArticle: 100,
        samples: 3,
        warmUpSamples: 1,
        clients: [1, 2],
        commandsPerLevel: 6,
        rawBatchSize: 500,
        skip: ["startup-empty", "warm-up", "startup-full"],
        profileDir,
        write: (line) => progress.push(line),
      },
      {
        uri: process.env[TEST_ENV.uri]!,
        user: process.env[TEST_ENV.user]!,
        password: process.env[TEST_ENV.password]!,
        database: "neo4j",
      },
    );
  }, 240_000);

  it("runs to the end with every check passed", () => {
    expect(result.error).toBeUndefined();
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.phases.map((p) => [p.name, p.status])).toEqual([
      ["startup-empty", "skipped"],
      ["warm-up", "skipped"],
      ["ingestion", "done"],
      ["raw-load", "done"],
      ["rebuild", "done"],
      ["reads", "done"],
      ["commands", "done"],
      ["startup-full", "skipped"],
    ]);
  });

  it("ingests the corpus, and both raw loads and the rebuild write the same log and graph again", () => {
    const { ingestion, rawLoad, rebuild } = result;
    expect(ingestion!.events).toBeGreaterThanOrEqual(950);
    expect(result.logEvents).toBe(ingestion!.events);
    expect(rawLoad!.fingerprintsEqual).toBe(true);
    expect(rawLoad!.loadedFingerprint).toEqual(rawLoad!.fingerprint);
    expect(rawLoad!.load.rows).toBe(
      rawLoad!.fingerprint.nodes + rawLoad!.fingerprint.relationships,
    );
    expect(rawLoad!.load.batches).toBeGreaterThan(1);
    const { withLog } = rawLoad!;
    expect(withLog.fingerprintsEqual).toBe(true);
    expect(withLog.loadedLogFingerprint).toEqual(withLog.logFingerprint);
    expect(withLog.logFingerprint.events).toBe(ingestion!.events);
    expect(withLog.loadedFingerprint).toEqual(rawLoad!.fingerprint);
    // It commits as ingestion did: one article's events a transaction.
    const perArticle = Math.round(ingestion!.events / ingestion!.articles);
    expect(withLog.load).toMatchObject({
      events: ingestion!.events,
      graphRows: rawLoad!.load.rows,
      eventsPerBatch: perArticle,
      batches: Math.ceil(ingestion!.events / perArticle),
    });
    const rowsOf = (group: string) => withLog.load.statements.find((s) => s.group === group)?.rows;
    expect(rowsOf("events")).toBe(ingestion!.events);
    expect(rowsOf("head")).toBe(withLog.load.batches);
    expect(
      withLog.load.statements
        .filter((s) => !["events", "streams", "head"].includes(s.group))
        .reduce((sum, s) => sum + s.rows, 0),
    ).toBe(rawLoad!.load.rows);
    expect(rebuild!.fingerprintsEqual).toBe(true);
    expect(rebuild!.rebuiltFingerprint).toEqual(rawLoad!.fingerprint);
    expect(rebuild!.events).toBe(ingestion!.events);
    for (const rate of [
      ingestion!.eventsPerSecond,
      rawLoad!.eventsPerSecond,
      withLog.eventsPerSecond,
      rebuild!.eventsPerSecond,
    ])
      expect(rate).toBeGreaterThan(0);
  });

  it("measures each read through GraphQL and through Cypher, with the same answer", () => {
    expect(result.reads!.map((r) => r.key)).toEqual([
      "neighbourhood",
      "module",
      "crew-by-agency",
      "timeline",
      "path",
      "relations-as-of",
      "neighbourhood-as-of",
      "search",
      "people-by-name",
    ]);
    for (const read of result.reads!) {
      expect({ key: read.key, equal: read.answersEqual, mismatch: read.mismatch }).toEqual({
        key: read.key,
        equal: true,
        mismatch: undefined,
      });
      expect(read.answerSize).toBeGreaterThan(0);
      expect(read.graphql.samples).toBe(3);
      expect(read.cypher.p50).toBeGreaterThan(0);
      expect(read.ratio).toBeGreaterThan(0);
    }
  });

  it("sends single commands at each level of concurrency, and as many driver transactions", () => {
    expect(result.commands!.map((c) => c.clients)).toEqual([1, 2]);
    for (const level of result.commands!) {
      expect(level.commands.count).toBe(6);
      expect(level.events).toBeGreaterThanOrEqual(6);
      expect(level.baseline.count).toBe(6);
      expect(level.commands.perSecond).toBeGreaterThan(0);
      expect(level.baseline.latency.p99).toBeGreaterThan(0);
      expect(level.metrics!.commands).toBe(6);
      expect(level.statementsPerCommand).toBeGreaterThan(0);
    }
  });

  it("prints a row with a baseline and a ratio for each compared figure, and progress on the way", () => {
    const figures = benchFigures(result);
    const compared = figures.filter((f) => f.ratio !== null);
    // ingestion against both raw loads, rebuild, nine reads, two command levels
    expect(compared).toHaveLength(14);
    for (const figure of compared) expect(figure.baseline).not.toBe("");
    expect(formatBenchTable(result)).toContain("| batched ingestion: ingestArticle");
    expect(formatBenchTable(result)).toContain("| raw load of log and graph: the events as");
    expect(progress.some((line) => line.startsWith("[raw load of log and graph]"))).toBe(true);
    expect(progress.some((line) => line.startsWith("[ingestion]"))).toBe(true);
  });

  it("with --profile, says where each read's and the commands' CPU time went, per request", () => {
    const profiles = result.profiles!;
    expect(profiles.map((p) => p.name)).toEqual([
      ...result.reads!.map((r) => `read-${r.key}`),
      "commands-2-clients",
    ]);
    for (const run of profiles) {
      expect(existsSync(run.file)).toBe(true);
      expect(JSON.parse(readFileSync(run.file, "utf8")).nodes.length).toBeGreaterThan(0);
      expect(apiMillis(run.breakdown)).toBeGreaterThan(0);
    }
    const reads = profiles.filter((p) => p.name.startsWith("read-"));
    for (const run of reads) expect(run.breakdown.requests).toBe(3);
    // Every read goes through the driver; the commands decide and append.
    expect(reads.every((run) => run.breakdown.millisPerRequest.driver > 0)).toBe(true);
    const commands = profiles.at(-1)!;
    expect(commands.breakdown.requests).toBe(6);
    expect(commands.breakdown.millisPerRequest["decision and append"]).toBeGreaterThan(0);
    expect(formatBenchTable(result)).toContain("| the API's CPU, a request |");
    expect(progress.some((line) => line.startsWith("[profile] read-neighbourhood"))).toBe(true);
  });
});
