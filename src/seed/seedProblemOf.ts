import type { SeedFolder, SeedProblem } from "./seedFolderTypes";

/**
 * Fields of an ingestion's fact that a seed entry writes under another name. (An entry's id is
 * checked when its folder is read: a `factId` here is a lifecycle command's own field.)
 */
const ENTRY_FIELDS: Record<string, string> = {
  "source.quote": "quote",
  "source.note": "note",
};

/**
 * A dry run's problem (or suggestion) of a seed folder's ingestion, where its folder has it: the
 * file, the entry and the field as written there (`quote`, not `facts[3].source.quote`).
 */
export function seedProblemOf(
  found: { entry?: string | undefined; field?: string | undefined; message: string },
  folder: SeedFolder,
): SeedProblem {
  const field = found.field ?? "";
  const fact = /^facts\[(\d+)\](?:\.(.*))?$/.exec(field);
  // The message names the entry as the ingestion does (facts[3] (zvezda): ...): said already.
  const message = found.message.replace(/^(?:facts\[\d+\] \([^)]*\)|article): /, "");
  if (fact) {
    const inEntry = fact[2];
    return {
      folder: folder.name,
      file: "facts.yaml",
      entry: found.entry ?? folder.bundle.facts[Number(fact[1])]?.factId,
      field: inEntry === undefined ? undefined : (ENTRY_FIELDS[inEntry] ?? inEntry),
      message,
    };
  }
  if (found.entry === "article" || field.startsWith("article")) {
    const inArticle = field.replace(/^article\.?/, "");
    return inArticle === "text"
      ? { folder: folder.name, file: "article text", message }
      : { folder: folder.name, file: "article.yaml", field: inArticle || undefined, message };
  }
  // What is about no entry is about the article's text (an entity it names, say).
  if (found.entry === undefined && field === "")
    return { folder: folder.name, file: "article text", message };
  return { folder: folder.name, file: "facts.yaml", field: field || undefined, message };
}
