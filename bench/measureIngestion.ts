import type { CommandHandler } from "../src/commands/CommandHandler";
import { ingestArticle } from "../src/commands/ingestArticle";
import type { SyntheticCorpus } from "../tools/stories/syntheticCorpus";
import { ProgressReporter } from "./ProgressReporter";

export interface IngestionMeasurement {
  articles: number;
  commands: number;
  events: number;
  /** Time inside ingestArticle: the write path (decide, append, project, commit). */
  writeMillis: number;
  /** Time making the corpus's next article (not the service's work). */
  corpusMillis: number;
  wallMillis: number;
  eventsPerSecond: number;
}

/**
 * The events ingestion committed a transaction (one article's), on average: the load of log and
 * graph commits as many, so that both do the same commits. 1 when nothing was ingested.
 */
export function eventsPerIngestion(ingestion: IngestionMeasurement | undefined): number {
  return ingestion && ingestion.articles > 0
    ? Math.max(1, Math.round(ingestion.events / ingestion.articles))
    : 1;
}

/** The corpus through ingestArticle, one call (one transaction) per article, in order. */
export async function measureIngestion(
  handler: CommandHandler,
  corpus: SyntheticCorpus,
  expectedEvents: number,
  write: (line: string) => void,
): Promise<IngestionMeasurement> {
  const progress = new ProgressReporter("ingestion", expectedEvents, "events", write);
  const started = performance.now();
  let articles = 0;
  let commands = 0;
  let events = 0;
  let writeMillis = 0;
  const iterator = corpus.articles()[Symbol.iterator]();
  for (;;) {
    const next = iterator.next();
    if (next.done) break;
    const { article, facts } = next.value;
    const writeStarted = performance.now();
    const result = await ingestArticle(handler, article, facts, { actor: "bench" });
    writeMillis += performance.now() - writeStarted;
    if (result.replayedCommands > 0) {
      throw new Error(`article ${article.articleId}: ${result.replayedCommands} commands replayed`);
    }
    articles += 1;
    commands += facts.length + 1;
    events += result.appendedEvents;
    progress.update(events);
  }
  progress.finish(events);
  const wallMillis = performance.now() - started;
  return {
    articles,
    commands,
    events,
    writeMillis,
    corpusMillis: wallMillis - writeMillis,
    wallMillis,
    eventsPerSecond: events / (writeMillis / 1000),
  };
}
