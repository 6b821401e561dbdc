import { z } from "zod";
import type { Catalogue } from "../catalogue/Catalogue";
import { CATALOGUE } from "../catalogue/commands";

/**
 * The shape of an article folder under seed/articles/<id>/: article.yaml (metadata),
 * article.txt (the text, byte for byte) and facts.yaml (one command per entry, with its quote).
 * An entry is a command of the catalogue that cites a source, written as its input (the fields of
 * its mutation's input) with `do:` naming it and `quote`/`note` standing for its source: the
 * format follows from the catalogue, so a new command can be written in a seed file at once
 * (a correction, a dispute, a merge of another article's facts: whatever the catalogue has).
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "article ids are lower-case slugs");

export const articleMetaSchema = z.strictObject({
  articleId: slug,
  title: z.string(),
  publisher: z.string(),
  publishedOn: z.string(),
  /** Where it was published, where known. */
  url: z.string().optional(),
  dateline: z.string().optional(),
  /** Under what terms the text is kept here: its licence, or why it may be (public domain...). */
  licence: z.string().trim().min(1, "licence must say under what terms the text is kept here"),
  /** The articles whose facts its entries name (corroborate, correct, dispute): loaded before it. */
  buildsOn: z.array(slug).default([]),
  textFile: z.string().default("article.txt"),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/** Every entry: a stable id (its command id within the article), the quote and its note. */
export const entryFields = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "entry ids are lower-case slugs"),
  quote: z.string(),
  note: z.string().optional(),
};

/** An entry of facts.yaml, as written (values not yet parsed: the command's decision does it). */
export interface FactEntry {
  id: string;
  do: string;
  quote: string;
  note?: string | undefined;
  [field: string]: unknown;
}

/** The schema of facts.yaml's entries, one variant per command of the catalogue that cites a source. */
export function factEntrySchema(catalogue: Catalogue = CATALOGUE) {
  const variants = catalogue.factCommands.map((command) => {
    const { source: _source, ...fields } = (command.input as z.ZodObject).shape as z.ZodRawShape;
    return z.strictObject({ ...entryFields, do: z.literal(command.type), ...fields });
  });
  return z.discriminatedUnion("do", variants as never as [z.ZodObject, ...z.ZodObject[]]);
}

export function factsFileSchema(catalogue: Catalogue = CATALOGUE) {
  return z.array(factEntrySchema(catalogue));
}
