/**
 * npm run draft:eval: drafts every seed article with a gazetteer of the articles it builds on
 * (never its own curated facts), compares each draft with the article's facts.yaml, and prints
 * precision and recall of new entities, known entities, dates and facts, per article and in
 * total; the article held out from tuning is marked.
 */
import { evaluateDrafts, formatEvaluation } from "../drafting/evaluateDrafts";
import { readSeedFolders, seedArticlesDir } from "../seed/seedFolder";
import { runCli, say } from "./runCli";

runCli(async () => {
  const { folders } = readSeedFolders(seedArticlesDir());
  say(formatEvaluation(evaluateDrafts(folders)));
});
