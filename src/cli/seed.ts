/**
 * npm run seed: ingests every article under seed/articles through the command path the API uses.
 * Seeding again appends nothing; facts added to a seed file since are appended alone.
 */
import { CommandHandler } from "../commands/CommandHandler";
import { ingestArticle } from "../commands/ingestArticle";
import { openDatabase } from "../neo4j/openDatabase";
import { ensureProjectionCurrent } from "../projection/rebuildProjection";
import { awaitSearchIndexes } from "../projection/projectionSchema";
import { loadSeedArticles } from "../seed/seedFolder";
import { runCli, say } from "./runCli";

runCli(async () => {
  const bundles = loadSeedArticles();
  const db = await openDatabase({ report: (line) => say(`[neo4j] ${line}`) });
  try {
    await ensureProjectionCurrent(db.driver, db.database, say);
    const handler = new CommandHandler(db.driver, db.database);
    for (const bundle of bundles) {
      const started = Date.now();
      const result = await ingestArticle(handler, bundle.article, bundle.facts, { actor: "seed" });
      say(
        `${bundle.article.articleId}: ${bundle.facts.length} facts, ${result.appendedEvents} events appended, ` +
          `${result.replayedCommands} commands already ingested (${Date.now() - started} ms)`,
      );
    }
    await awaitSearchIndexes(db.driver, db.database);
  } finally {
    await db.close();
  }
});
