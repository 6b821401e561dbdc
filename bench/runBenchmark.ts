import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { CommandHandler } from "../src/commands/CommandHandler";
import { projectRoot } from "../src/config/projectRoot";
import { ensureSchema } from "../src/neo4j/ensureSchema";
import { createDriver } from "../src/neo4j/neo4jConnection";
import { Neo4jEventStore } from "../src/eventstore/Neo4jEventStore";
import { emptyDatabase } from "../tools/support/emptyDatabase";
import { withBenchNeo4j } from "./benchNeo4j";
import type { BenchTarget } from "./BenchTarget";
import { syntheticCorpus } from "../tools/stories/syntheticCorpus";
import { directorySize } from "./directorySize";
import { GraphQLHttpClient } from "./GraphQLHttpClient";
import { gitRevision, machineInfo } from "./machineInfo";
import { measureCommands } from "./measureCommands";
import { eventsPerIngestion, measureIngestion } from "./measureIngestion";
import { measureRawLoad } from "./measureRawLoad";
import { measureReads } from "./measureReads";
import { measureRebuild } from "./measureRebuild";
import { measureStartup } from "./measureStartup";
import { neo4jHeapUsage } from "./neo4jHeapUsage";
import { planReads } from "./profileReads";
import { profileCommandRequests, profileReadRequests } from "./profileApi";
import { readQueries } from "./readQueries";
import { warmUp } from "./warmUp";
import { BenchApiProcess } from "./BenchApiProcess";
import { type BenchOptions, type BenchPhase, type BenchResult } from "./benchOptions";

/** The log's head, asked of the event store: only it knows how the log is kept. */
function logHead(driver: Driver, database: string): Promise<number> {
  return new Neo4jEventStore(driver, database).head();
}

async function runOn(
  driver: Driver,
  target: BenchTarget,
  options: BenchOptions,
  result: BenchResult,
  revision: ReturnType<typeof gitRevision>,
): Promise<void> {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const database = target.database;
  const skipped = new Set<BenchPhase>(options.skip);
  const check = (name: string, ok: boolean, detail: string) => {
    result.checks.push({ name, ok, detail });
    if (!ok) write(`\n!!! CHECK FAILED: ${name}: ${detail}\n`);
  };
  const phase = async (name: BenchPhase, run: () => Promise<void>) => {
    if (skipped.has(name)) {
      result.phases.push({ name, status: "skipped", millis: 0 });
      return;
    }
    write(`[bench] ${name}`);
    const started = performance.now();
    try {
      await run();
      result.phases.push({ name, status: "done", millis: performance.now() - started });
    } catch (error) {
      result.phases.push({ name, status: "failed", millis: performance.now() - started });
      throw error;
    }
  };

  result.machine = await machineInfo(driver, database, revision);
  await emptyDatabase(driver);
  if (!skipped.has("startup-empty") || !skipped.has("startup-full")) {
    // npm start's prestart compiles src/ and builds GraphiQL when they are stale: not what a
    // start-up figure should time, so it runs first, untimed.
    const prestart = spawnSync("npm", ["run", "-s", "prestart"], {
      cwd: projectRoot(),
      stdio: "inherit",
    });
    if (prestart.status !== 0) throw new Error("npm run prestart failed");
  }

  await phase("startup-empty", async () => {
    const startup = await measureStartup(target, {
      timeoutMillis: options.startupTimeoutMillis,
      write,
    });
    result.startupEmpty = { ...startup, seededEvents: await logHead(driver, database) };
    await emptyDatabase(driver);
  });

  await phase("warm-up", () => warmUp(driver, target, options, write));

  const corpus = syntheticCorpus({
    seed: options.seed,
    events: options.scale,
    factsPerArticle: options.factsPerArticle,
  });
  await phase("ingestion", async () => {
    const handler = new CommandHandler(driver, database);
    result.ingestion = await measureIngestion(handler, corpus, options.scale, write);
    result.logEvents = await logHead(driver, database);
    check(
      "ingestion appended the corpus",
      result.logEvents === result.ingestion.events,
      `the log holds ${result.logEvents} events; ingestion appended ${result.ingestion.events}`,
    );
  });
  const logEvents = result.logEvents ?? 0;

  await phase("raw-load", async () => {
    const raw = await measureRawLoad(
      driver,
      database,
      logEvents,
      options.rawBatchSize,
      options.rawLogBatchSize ?? eventsPerIngestion(result.ingestion),
      write,
    );
    result.rawLoad = raw;
    check(
      "raw load wrote the same graph",
      raw.fingerprintsEqual,
      `after ingestion ${JSON.stringify(raw.fingerprint)}, after the raw load ${JSON.stringify(raw.loadedFingerprint)}`,
    );
    check(
      "raw load of log and graph wrote the same log and graph",
      raw.withLog.fingerprintsEqual,
      `log ${JSON.stringify(raw.withLog.logFingerprint)} → ${JSON.stringify(raw.withLog.loadedLogFingerprint)}; graph ${JSON.stringify(raw.fingerprint)} → ${JSON.stringify(raw.withLog.loadedFingerprint)}`,
    );
  });

  await phase("rebuild", async () => {
    const rebuild = await measureRebuild(driver, database, write);
    result.rebuild = rebuild;
    check(
      "rebuild gave the live graph",
      rebuild.fingerprintsEqual,
      `live ${JSON.stringify(rebuild.liveFingerprint)}, rebuilt ${JSON.stringify(rebuild.rebuiltFingerprint)}`,
    );
  });

  if (!skipped.has("reads") || !skipped.has("commands")) {
    const api = await BenchApiProcess.start(target);
    try {
      await phase("reads", async () => {
        const reads = await measureReads(driver, database, api.url, readQueries(corpus.probes()), {
          samples: options.samples,
          warmUp: options.warmUpSamples,
          write,
        });
        result.reads = reads;
        for (const read of reads) {
          check(
            `GraphQL and Cypher give the same answer: ${read.key}`,
            read.answersEqual,
            read.mismatch
              ? `GraphQL ${JSON.stringify(read.mismatch.graphql).slice(0, 1_000)}, Cypher ${JSON.stringify(read.mismatch.cypher).slice(0, 1_000)}`
              : `${read.answerSize} items`,
          );
        }
        const probes = corpus.probes();
        result.plans = await planReads(driver, target, probes, readQueries(probes));
        if (options.profileDir) {
          const runs = await profileReadRequests(
            api,
            readQueries(probes),
            options.samples,
            options.profileDir,
            write,
          );
          result.profiles = [...(result.profiles ?? []), ...runs];
        }
        for (const plan of result.plans) {
          check(
            `${plan.source} read starts from an index seek: ${plan.key}`,
            plan.startsFromIndexSeek,
            `leaves ${plan.leaves.join(", ")}; ${plan.dbHits} db hits`,
          );
        }
      });
      await phase("commands", async () => {
        // The corpus's clients are used once each: the levels', then the profile's, then the
        // warm-up's (the API's process is new: its JIT warms on clients of their own first).
        const mostClients = Math.max(...options.clients);
        const profileFirstClient = options.clients.reduce((sum, n) => sum + n, 0);
        result.commands = await measureCommands(driver, database, api.url, corpus, {
          levels: options.clients,
          commandsPerLevel: options.commandsPerLevel,
          firstClient: 0,
          metrics: () => api.metrics(),
          warmUpFirstClient: profileFirstClient + mostClients,
          write,
        });
        if (options.profileDir) {
          const run = await profileCommandRequests(
            driver,
            database,
            api,
            corpus,
            {
              clients: mostClients,
              commands: options.commandsPerLevel,
              firstClient: profileFirstClient,
              dir: options.profileDir,
            },
            write,
          );
          result.profiles = [...(result.profiles ?? []), run];
        }
      });
    } finally {
      await api.stop();
    }
  }

  await phase("startup-full", async () => {
    const queries = readQueries(corpus.probes());
    const events = await logHead(driver, database);
    const startup = await measureStartup(target, {
      timeoutMillis: options.startupTimeoutMillis,
      write,
      // Peak memory after serving: every read a few times, not start-up alone.
      exercise: async (url) => {
        const client = new GraphQLHttpClient(url, 1);
        let sent = 0;
        try {
          for (let round = 0; round < 5; round++) {
            for (const query of queries) {
              await client.post(query.graphql.query, query.graphql.variables);
              sent += 1;
            }
          }
        } finally {
          await client.close();
        }
        return sent;
      },
    });
    result.startupFull = { ...startup, logEvents: events };
  });

  const data = target.instanceDir ? path.join(target.instanceDir, "data") : undefined;
  result.neo4j = {
    heap: await neo4jHeapUsage(driver, database),
    storeBytes: data ? directorySize(path.join(data, "databases", database)) : null,
    transactionLogBytes: data ? directorySize(path.join(data, "transactions", database)) : null,
  };
}

/**
 * The whole benchmark in one run on one Neo4j: the bench's own (started from a wiped folder)
 * or the given target, which it empties first and leaves holding the corpus. Never throws for
 * a failed phase: the result says which failed, with what it measured until then.
 */
export async function runBenchmark(
  options: BenchOptions,
  target?: BenchTarget,
): Promise<BenchResult> {
  const { write: _write, ...recorded } = options;
  const result: BenchResult = {
    scale: options.scale,
    options: recorded,
    machine: null,
    startedAt: new Date().toISOString(),
    finishedAt: "",
    phases: [],
    checks: [],
    ok: false,
  };
  const revision = gitRevision();
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  try {
    if (options.skip.includes("ingestion")) throw new Error("ingestion cannot be skipped");
    if (target) {
      const driver = createDriver(target);
      try {
        await ensureSchema(driver, target.database);
        await runOn(driver, target, { ...options, write }, result, revision);
      } finally {
        await driver.close();
      }
    } else {
      await withBenchNeo4j(
        (driver, bench) => runOn(driver, bench, { ...options, write }, result, revision),
        (line) => write(`[bench neo4j] ${line}`),
      );
    }
  } catch (error) {
    result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  result.finishedAt = new Date().toISOString();
  result.ok = result.error === undefined && result.checks.every((c) => c.ok);
  return result;
}
