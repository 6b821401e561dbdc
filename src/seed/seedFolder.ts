import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import type { Catalogue } from "../catalogue/Catalogue";
import { CATALOGUE, type Command, type CommandOfType } from "../catalogue/commands";
import { inputProblems } from "../catalogue/parseInput";
import { projectRoot } from "../config/projectRoot";
import { orderFolders } from "./orderFolders";
import type { ArticleBundle, SeedFolder, SeedProblem } from "./seedFolderTypes";
export type { ArticleBundle, SeedFolder, SeedProblem } from "./seedFolderTypes";
import { articleMetaSchema, entryFields, factEntrySchema, type FactEntry } from "./seedSchema";

export class SeedFileError extends Error {
  override readonly name = "SeedFileError";
}

export function seedArticlesDir(): string {
  return path.join(projectRoot(), "seed", "articles");
}

/**
 * Every article folder under seed/articles, in load order (each after the articles it builds
 * on, name order otherwise), checked strictly: any problem refuses them all, listed.
 */
export function loadSeedArticles(dir = seedArticlesDir()): ArticleBundle[] {
  const { folders, problems } = readSeedFolders(dir, { strict: true });
  if (problems.length > 0) throw new SeedFileError(describeProblems(dir, problems));
  return folders.map((folder) => folder.bundle);
}

/** One folder alone, checked strictly. */
export function loadArticleFolder(folder: string): ArticleBundle {
  const problems: SeedProblem[] = [];
  const read = readFolder(folder, problems, { strict: true });
  if (!read || problems.length > 0)
    throw new SeedFileError(describeProblems(path.dirname(folder), problems));
  return read.bundle;
}

/**
 * Every folder, in load order, with the problems of their files listed rather than thrown. A
 * folder that cannot be read at all is left out; an entry that is not a command of the catalogue
 * (no id, an unknown `do`) is left out of its folder. Leniently (not strict), an entry's own
 * fields are left to the command's checks, which name the field as a dry run does.
 */
export function readSeedFolders(
  dir = seedArticlesDir(),
  options: { strict?: boolean; catalogue?: Catalogue } = {},
): { folders: SeedFolder[]; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => readFolder(path.join(dir, name), problems, options) ?? []);
  return { folders: orderFolders(folders, problems), problems };
}

function readFolder(
  folder: string,
  problems: SeedProblem[],
  options: { strict?: boolean; catalogue?: Catalogue },
): SeedFolder | undefined {
  const name = path.basename(folder);
  const problem = (p: Omit<SeedProblem, "folder">) => problems.push({ folder: name, ...p });
  const metaRaw = readYaml(path.join(folder, "article.yaml"), (message) =>
    problem({ file: "article.yaml", message }),
  );
  if (metaRaw === undefined) return undefined;
  for (const issue of inputProblems(articleMetaSchema, metaRaw))
    problem({ file: "article.yaml", field: issue.field, message: issue.message });
  const meta = articleMetaSchema.safeParse(metaRaw);
  const { articleId, textFile = "article.txt" } = (metaRaw ?? {}) as Record<string, unknown>;
  if (typeof articleId !== "string" || typeof textFile !== "string") return undefined;
  const textPath = path.join(folder, textFile);
  if (!existsSync(textPath)) {
    problem({ file: "article text", message: `${textFile} is missing` });
    return undefined;
  }
  const text = readFileSync(textPath, "utf8");
  const factsRaw = readYaml(path.join(folder, "facts.yaml"), (message) =>
    problem({ file: "facts.yaml", message }),
  );
  const entries = readEntries(factsRaw ?? [], options, (p) =>
    problem({ file: "facts.yaml", ...p }),
  );
  const {
    textFile: _textFile,
    licence: _licence,
    buildsOn: _buildsOn,
    ...fields
  } = metaRaw as Record<string, unknown>;
  return {
    name,
    // Read even when other fields are wrong, so that a check still loads the folders in order.
    buildsOn: meta.success ? meta.data.buildsOn : buildsOnOf(metaRaw),
    bundle: {
      article: { type: "RegisterArticle", ...fields, text } as CommandOfType<"RegisterArticle">,
      facts: entries.map((entry) => ({ factId: entry.id, command: toCommand(articleId, entry) })),
    },
  };
}

/** The entries that are commands of the catalogue; the problems of the others (and, strictly, of their fields). */
function readEntries(
  raw: unknown,
  options: { strict?: boolean; catalogue?: Catalogue },
  problem: (p: Omit<SeedProblem, "folder" | "file">) => void,
): FactEntry[] {
  if (!Array.isArray(raw)) {
    problem({ message: "facts.yaml must be a list of entries" });
    return [];
  }
  const catalogue = options.catalogue ?? CATALOGUE;
  const shape = z.looseObject({
    id: entryFields.id,
    do: z.enum(catalogue.factCommands.map((c) => c.type) as [string, ...string[]]),
  });
  const strict = options.strict ? factEntrySchema(catalogue) : undefined;
  const seen = new Set<string>();
  return raw.flatMap((entry: unknown, index): FactEntry[] => {
    const id = (entry as { id?: unknown } | null)?.id;
    const at = typeof id === "string" ? id : `#${index + 1}`;
    const found = inputProblems(shape, entry);
    for (const issue of [
      ...found,
      ...(found.length === 0 && strict ? inputProblems(strict, entry) : []),
    ])
      problem({ entry: at, field: issue.field, message: issue.message });
    if (found.length > 0) return [];
    if (seen.has(at)) {
      problem({ entry: at, field: "id", message: `the id "${at}" is used by an earlier entry` });
      return [];
    }
    seen.add(at);
    return [entry as FactEntry];
  });
}

function buildsOnOf(meta: unknown): string[] {
  const buildsOn = (meta as { buildsOn?: unknown } | null)?.buildsOn;
  return Array.isArray(buildsOn) ? buildsOn.filter((id) => typeof id === "string") : [];
}

function toCommand(articleId: string, entry: FactEntry): Command {
  const { id: _id, quote, note, do: type, ...fields } = entry;
  return { type, ...fields, source: { articleId, quote, note } } as Command;
}

function readYaml(file: string, problem: (message: string) => void): unknown {
  try {
    return parse(readFileSync(file, "utf8"));
  } catch (error) {
    problem((error as Error).message);
    return undefined;
  }
}

/** Problems as a list, one a line, each where it is. */
export function describeProblems(dir: string, problems: readonly SeedProblem[]): string {
  const lines = problems.map((p) => `  ${whereIs(p)}: ${p.message}`);
  return `the seed folders of ${dir} have ${problems.length} problem(s):\n${lines.join("\n")}`;
}

/** Where a problem is: folder/file, entry, field. */
export function whereIs(problem: SeedProblem): string {
  return [
    `${problem.folder}/${problem.file}`,
    ...(problem.entry ? [`entry ${problem.entry}`] : []),
    ...(problem.field ? [problem.field] : []),
  ].join(", ");
}
