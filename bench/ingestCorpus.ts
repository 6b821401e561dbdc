/**
 * npx tsx bench/ingestCorpus.ts [--events N] [--seed S]: fills an empty log with the synthetic
 * corpus (the bench's, 50,000 events by default), through the commands, in the project's Neo4j
 * (NEO4J_URI, or the local instance, as npm run seed uses): a log of a known size to measure what
 * runs on one, such as npm run export and npm run import (docs/operating.md, "Backup and restore").
 */
import { parseArgs } from "node:util";
import { runCli } from "../src/cli/runCli";
import { CommandHandler } from "../src/commands/CommandHandler";
import { Neo4jEventStore } from "../src/eventstore/Neo4jEventStore";
import { openDatabase } from "../src/neo4j/openDatabase";
import { syntheticCorpus } from "../tools/stories/syntheticCorpus";
import { measureIngestion } from "./measureIngestion";

const note = (line: string) => process.stderr.write(`${line}\n`);

runCli(async () => {
  const { values } = parseArgs({
    options: {
      events: { type: "string", default: "50000" },
      seed: { type: "string", default: "1" },
    },
    strict: true,
  });
  const events = Number(values.events);
  const seed = Number(values.seed);
  const db = await openDatabase({ report: (line) => note(`[neo4j] ${line}`) });
  try {
    const head = await new Neo4jEventStore(db.driver, db.database).head();
    if (head > 0) {
      note(`error: the log is not empty (its head is ${head}): this fills an empty one`);
      return 1;
    }
    const corpus = syntheticCorpus({ seed, events, factsPerArticle: 500 });
    const result = await measureIngestion(
      new CommandHandler(db.driver, db.database),
      corpus,
      events,
      note,
    );
    note(
      `ingested ${result.events} events (${result.articles} articles) in ${(result.wallMillis / 1000).toFixed(1)}s: ${Math.round(result.eventsPerSecond)} events/s`,
    );
    return 0;
  } finally {
    await db.close();
  }
});
