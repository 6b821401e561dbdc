import type { Driver } from "neo4j-driver";
import { CommandHandler } from "../src/commands/CommandHandler";
import { emptyDatabase } from "../tools/support/emptyDatabase";
import { syntheticCorpus } from "../tools/stories/syntheticCorpus";
import type { BenchOptions } from "./benchOptions";
import type { BenchTarget } from "./BenchTarget";
import { measureCommands } from "./measureCommands";
import { eventsPerIngestion, measureIngestion } from "./measureIngestion";
import { measureRawLoad } from "./measureRawLoad";
import { measureReads } from "./measureReads";
import { measureRebuild } from "./measureRebuild";
import { readQueries } from "./readQueries";
import { BenchApiProcess } from "./BenchApiProcess";

/**
 * Every path the bench measures, once, on a small corpus of its own, then the database emptied:
 * query plans compile on first use, and the JIT warms, before anything is timed.
 */
export async function warmUp(
  driver: Driver,
  target: BenchTarget,
  options: BenchOptions,
  write: (line: string) => void,
): Promise<void> {
  const quiet = () => {};
  const database = target.database;
  const corpus = syntheticCorpus({
    seed: options.seed + 1_000,
    events: options.warmUpEvents,
    factsPerArticle: options.factsPerArticle,
  });
  const ingestion = await measureIngestion(
    new CommandHandler(driver, database),
    corpus,
    options.warmUpEvents,
    quiet,
  );
  await measureRawLoad(
    driver,
    database,
    ingestion.events,
    options.rawBatchSize,
    options.rawLogBatchSize ?? eventsPerIngestion(ingestion),
    quiet,
  );
  await measureRebuild(driver, database, quiet);
  // Neo4j plans each query shape once: the reads and commands are sent here once, by an API of
  // its own (the measured one is started after, and warms its JIT on its own).
  const api = await BenchApiProcess.start(target);
  try {
    await measureReads(driver, database, api.url, readQueries(corpus.probes()), {
      samples: 1,
      warmUp: options.warmUpSamples,
      write: quiet,
    });
    await measureCommands(driver, database, api.url, corpus, {
      levels: options.clients,
      commandsPerLevel: Math.max(...options.clients) * 2,
      firstClient: 0,
      metrics: () => api.metrics(),
      write: quiet,
    });
  } finally {
    await api.stop();
  }
  await emptyDatabase(driver);
  write(`[warm-up] done: ${ingestion.events} events through every measured path`);
}
