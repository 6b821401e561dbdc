import { stringify } from "yaml";
import type { Draft, ProposedFact } from "./Draft";

/** An entry of facts.yaml as the seed format writes it: id, do, the fields, then the source. */
export function entryOf(fact: ProposedFact): Record<string, unknown> {
  return {
    id: fact.id,
    do: fact.do,
    ...fact.fields,
    ...(fact.certainty === "inferred" ? { certainty: "inferred" } : {}),
    ...(fact.note ? { note: fact.note } : {}),
    quote: fact.quote,
  };
}

/**
 * A draft as the files of a seed folder: article.yaml (the metadata given; a title to be written,
 * said so), facts.yaml (one command per entry, each after a comment `# proposed: <reason>`) and
 * the text verbatim.
 */
export function draftFolderFiles(draft: Draft): Record<string, string> {
  const firstSentence = draft.sentences[0]?.text ?? "";
  const meta = {
    articleId: draft.articleId,
    title: firstSentence.slice(0, 200),
    publisher: draft.publisher,
    publishedOn: draft.publishedOn,
    licence: "TO BE WRITTEN: under what terms the text is kept here",
    ...(draft.buildsOn.length > 0 ? { buildsOn: draft.buildsOn } : {}),
  };
  const entries = draft.facts.map(
    (fact) =>
      `# proposed: ${fact.reason.replace(/\s+/g, " ")}\n` +
      stringify([entryOf(fact)], { lineWidth: 0 }),
  );
  return {
    "article.yaml":
      "# A draft (npm run draft): the title is the first sentence until one is written, and the\n" +
      "# licence must say under what terms the text is kept.\n" +
      stringify(meta, { lineWidth: 0 }),
    "article.txt": draft.text,
    "facts.yaml":
      `# Proposed by npm run draft: review every entry (accept, edit or delete it) before seeding.\n\n` +
      entries.join("\n"),
  };
}
