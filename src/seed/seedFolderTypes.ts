import type { Command, CommandOfType } from "../catalogue/commands";

/** One article ready to ingest: its registration and its facts, each with a stable command id. */
export interface ArticleBundle {
  article: CommandOfType<"RegisterArticle">;
  facts: { factId: string; command: Command }[];
}

/** An article folder: its name, the articles it builds on, and its bundle. */
export interface SeedFolder {
  name: string;
  buildsOn: string[];
  bundle: ArticleBundle;
}

/** A problem of a folder's files, where it is: the file, the entry and the field. */
export interface SeedProblem {
  folder: string;
  file: "article.yaml" | "facts.yaml" | "article text";
  /** The entry's id (or its place, when it has none). */
  entry?: string | undefined;
  field?: string | undefined;
  message: string;
}
