/**
 * npm run seed:check [-- --memory] [--dir DIR]: checks every seed folder (of seed/articles, or
 * DIR) together, in load order, with the
 * ingestion's dry run: against the running graph when the service's Neo4j is reachable (NEO4J_URI,
 * or the local instance when it runs), else in memory (as on an empty log); --memory forces the
 * latter. Prints every problem with its folder, entry and field, then the suggestions; exits 1
 * when there is a problem. Writes nothing.
 */
import path from "node:path";
import { CommandHandler } from "../commands/CommandHandler";
import { neo4jTarget } from "../config/neo4jSettings";
import {
  articleUnit,
  dryRunArticles,
  graphTarget,
  memoryTarget,
  type DryRunTarget,
} from "../dryrun/dryRunArticles";
import { LocalNeo4j } from "../neo4j/LocalNeo4j";
import { openDatabase, type OpenDatabase } from "../neo4j/openDatabase";
import { readSeedFolders, seedArticlesDir, whereIs, type SeedProblem } from "../seed/seedFolder";
import { seedProblemOf } from "../seed/seedProblemOf";
import { runCli, say } from "./runCli";

/** The running service's Neo4j, if it is reachable now; never starts one. */
async function runningDatabase(): Promise<OpenDatabase | string> {
  const target = neo4jTarget();
  if (target.kind === "local" && !new LocalNeo4j(target.local, () => {}).status().running)
    return "the local Neo4j is not running";
  try {
    return await openDatabase({ target, ensureSchema: false });
  } catch (error) {
    return `Neo4j is not reachable (${(error as Error).message.split("\n")[0]})`;
  }
}

runCli(async () => {
  const memoryOnly = process.argv.includes("--memory");
  const dirAt = process.argv.indexOf("--dir");
  const dir = dirAt > 0 ? path.resolve(process.argv[dirAt + 1] ?? ".") : seedArticlesDir();
  const { folders, problems: fileProblems } = readSeedFolders(dir);
  const database = memoryOnly ? "--memory" : await runningDatabase();
  let target: DryRunTarget;
  if (typeof database === "string") {
    target = memoryTarget();
    say(`checking in memory, as on an empty log (${database})`);
  } else {
    target = graphTarget(
      new CommandHandler(database.driver, database.database),
      database.driver,
      database.database,
    );
    say(`checking against the graph at ${database.uri} (database ${database.database})`);
  }
  try {
    say(`${folders.length} folder(s), in load order: ${folders.map((f) => f.name).join(", ")}`);
    const report = await dryRunArticles(
      target,
      folders.map((f) => articleUnit(f.bundle.article, f.bundle.facts, f.buildsOn)),
    );
    const folderOf = new Map(folders.map((f) => [f.bundle.article.articleId, f]));
    const problems: SeedProblem[] = [
      ...fileProblems,
      ...report.problems.map((problem) => seedProblemOf(problem, folderOf.get(problem.articleId)!)),
    ];
    for (const problem of problems) say(`problem: ${whereIs(problem)}: ${problem.message}`);
    for (const suggestion of report.suggestions) {
      const folder = folderOf.get(suggestion.articleId)!;
      const where = seedProblemOf(suggestion, folder);
      say(`suggestion (${suggestion.kind}): ${whereIs(where)}: ${where.message}`);
    }
    const appended = report.planned.reduce((n, p) => n + p.eventTypes.length, 0);
    say(
      `${problems.length} problem(s), ${report.suggestions.length} suggestion(s); ` +
        `${report.planned.length} command(s) would be accepted, appending ${appended} event(s) ` +
        `after log position ${report.head} (${dir})`,
    );
    return problems.length === 0 ? 0 : 1;
  } finally {
    if (typeof database !== "string") await database.close();
  }
});
