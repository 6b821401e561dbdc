import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { projectRoot } from "../config/projectRoot";
import type { Command, CommandOfType } from "../catalogue/commands";
import { inputProblems } from "../catalogue/parseInput";
import { articleMetaSchema, factsFileSchema, type FactEntry } from "./seedSchema";

/** One article ready to ingest: its registration and its facts, each with a stable command id. */
export interface ArticleBundle {
  article: CommandOfType<"RegisterArticle">;
  facts: { factId: string; command: Command }[];
}

export class SeedFileError extends Error {
  override readonly name = "SeedFileError";
}

export function seedArticlesDir(): string {
  return path.join(projectRoot(), "seed", "articles");
}

/** Every article folder under seed/articles, in name order. */
export function loadSeedArticles(dir = seedArticlesDir()): ArticleBundle[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => loadArticleFolder(path.join(dir, name)));
}

export function loadArticleFolder(folder: string): ArticleBundle {
  const meta = parseYaml(path.join(folder, "article.yaml"), articleMetaSchema);
  const text = readFileSync(path.join(folder, meta.textFile), "utf8");
  // Checked against the catalogue's schemas, kept as written: executing them parses them.
  const entries = parseYaml(path.join(folder, "facts.yaml"), factsFileSchema(), {
    keepRaw: true,
  }) as FactEntry[];
  const seen = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    if (seen.has(entry.id))
      throw new SeedFileError(`${folder}/facts.yaml: entry ${index} repeats the id "${entry.id}"`);
    seen.add(entry.id);
  }
  const { textFile: _textFile, ...articleFields } = meta;
  return {
    article: { type: "RegisterArticle", ...articleFields, text },
    facts: entries.map((entry) => ({
      factId: entry.id,
      command: toCommand(meta.articleId, entry),
    })),
  };
}

function toCommand(articleId: string, entry: FactEntry): Command {
  const { id: _id, quote, note, do: type, ...fields } = entry;
  return { type, ...fields, source: { articleId, quote, note } } as Command;
}

function parseYaml<S extends z.ZodType>(
  file: string,
  schema: S,
  options: { keepRaw?: boolean } = {},
): z.infer<S> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new SeedFileError(`${file}: ${(error as Error).message}`);
  }
  const problems = inputProblems(schema, raw);
  if (problems.length > 0) {
    const issues = problems
      .slice(0, 10)
      .map((problem) => `  at ${problem.field ?? "(top)"}: ${problem.message}`)
      .join("\n");
    throw new SeedFileError(`${file} is not a valid seed file:\n${issues}`);
  }
  return options.keepRaw ? (raw as z.infer<S>) : schema.parse(raw);
}
