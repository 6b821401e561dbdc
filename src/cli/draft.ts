/**
 * npm run draft -- article.txt --publisher NASA --published 2020-08-20 [--id slug] [--out DIR]:
 * drafts the facts of an article offline (src/drafting) with the seed articles' entities as its
 * gazetteer, writes a seed folder (article.yaml, article.txt verbatim, facts.yaml with each
 * proposal's reason in a comment), prints what it proposed, then checks the folder in memory with
 * the seed's dry run after the seed articles, and prints its problems and suggestions.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { invalid } from "../domain/DomainError";
import { articleUnit, dryRunArticles, memoryTarget } from "../dryrun/dryRunArticles";
import { draftArticle } from "../drafting/draftArticle";
import { draftFolderFiles } from "../drafting/draftFolderFiles";
import { draftSummary } from "../drafting/draftSummary";
import { gazetteerOfArticles } from "../drafting/gazetteerOfArticles";
import { readSeedFolders, seedArticlesDir, whereIs } from "../seed/seedFolder";
import { seedProblemOf } from "../seed/seedProblemOf";
import { runCli, say } from "./runCli";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      publisher: { type: "string" },
      published: { type: "string" },
      id: { type: "string" },
      out: { type: "string" },
    },
  });
  const [file] = positionals;
  if (!file)
    throw invalid("article", "name the article's text file: npm run draft -- article.txt ...");
  if (!existsSync(file)) throw invalid("article", `no file ${file}`);
  if (!values.publisher) throw invalid("--publisher", "say who published it: --publisher NASA");
  const published = values.published ?? "";
  const date = new Date(`${published}T00:00:00Z`);
  if (
    !DAY.test(published) ||
    Number.isNaN(date.getTime()) ||
    !date.toISOString().startsWith(published)
  )
    throw invalid("--published", `"${published}" is not a date: --published YYYY-MM-DD`);
  if (values.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.id))
    throw invalid("--id", `"${values.id}" is not a lower-case slug`);
  return { file, publisher: values.publisher, published, id: values.id, out: values.out };
}

runCli(async () => {
  const { file, publisher, published, id, out } = options();
  const seed = readSeedFolders(seedArticlesDir());
  const gazetteer = gazetteerOfArticles(seed.folders.map((f) => f.bundle));
  const draft = draftArticle(readFileSync(file, "utf8"), {
    publisher,
    publishedOn: published,
    gazetteer,
    ...(id ? { articleId: id } : {}),
  });
  const folder = path.resolve(out ?? path.join(os.tmpdir(), "drafts", draft.articleId));
  mkdirSync(folder, { recursive: true });
  for (const [name, content] of Object.entries(draftFolderFiles(draft)))
    writeFileSync(path.join(folder, name), content);
  say(draftSummary(draft));
  say(`wrote ${folder}`);
  const drafted = readSeedFolders(path.dirname(folder)).folders.find(
    (f) => f.name === path.basename(folder),
  );
  if (!drafted) return 1;
  const folders = [...seed.folders.filter((f) => f.name !== drafted.name), drafted];
  const report = await dryRunArticles(
    memoryTarget(),
    folders.map((f) => articleUnit(f.bundle.article, f.bundle.facts, f.buildsOn)),
  );
  const mine = (found: { articleId: string }) => found.articleId === draft.articleId;
  const problems = report.problems.filter(mine);
  for (const problem of problems)
    say(`problem: ${whereIs(seedProblemOf(problem, drafted))}: ${problem.message}`);
  for (const suggestion of report.suggestions.filter(mine)) {
    const where = seedProblemOf(suggestion, drafted);
    say(`suggestion (${suggestion.kind}): ${whereIs(where)}: ${where.message}`);
  }
  say(
    `checked in memory after the seed articles: ${problems.length} problem(s) to resolve in review`,
  );
  return 0;
});
