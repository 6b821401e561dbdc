/**
 * npm run seed:check: executes every seed article's facts in memory through the domain's
 * deciders (no database) and reports the first refused entry of each article.
 */
import { DomainError } from "../domain/DomainError";
import { InMemoryFacts } from "../catalogue/InMemoryFacts";
import { loadSeedArticles } from "../seed/seedFolder";

function main(): number {
  let failures = 0;
  for (const bundle of loadSeedArticles()) {
    const facts = new InMemoryFacts();
    let events = facts.execute(bundle.article).length;
    try {
      for (const { factId, command } of bundle.facts) {
        try {
          events += facts.execute(command).length;
        } catch (error) {
          if (error instanceof DomainError) throw error.within(factId);
          throw error;
        }
      }
      console.log(
        `${bundle.article.articleId}: ${bundle.facts.length} facts, ${events} events: ok`,
      );
    } catch (error) {
      failures += 1;
      const e = error as DomainError;
      console.error(`${bundle.article.articleId}: ${e.kind ?? "error"}: ${e.message}`);
    }
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = main();
