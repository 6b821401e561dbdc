import { mutationName } from "../catalogue/Catalogue";
import { NameIndex } from "../domain/NameIndex";
import type { EntityKind } from "../domain/nodeKinds";
import type { CandidateEntity, ProposedFact, Span } from "./Draft";
import type { Gazetteer } from "./Gazetteer";

/**
 * A proposal as an entry of the ingestArticle mutation (an ArticleFactInput): its id, and its
 * command's fields under the command's mutation name, the source citing the article with the
 * proposal's quote (and note). The seed format's entry (draftFolderFiles' entryOf) says the same
 * in the seed's words.
 */
export function ingestionEntry(fact: ProposedFact, articleId: string): Record<string, unknown> {
  return {
    factId: fact.id,
    [mutationName(fact.do)]: {
      ...fact.fields,
      ...(fact.certainty === "inferred" ? { certainty: "inferred" } : {}),
      source: { articleId, quote: fact.quote, ...(fact.note ? { note: fact.note } : {}) },
    },
  };
}

/** Where a proposal's quote first occurs in the text (its quote is a substring of it). */
export function quoteSpan(text: string, quote: string): Span {
  const start = Math.max(0, text.indexOf(quote));
  return { start, end: start + quote.length };
}

/** A known entity a candidate may be: its name, and the name or alias of it that matched. */
export interface PossibleDuplicate {
  entityId: string;
  kind: EntityKind;
  name: string;
  matched: string;
}

/**
 * The known entities each new candidate may duplicate, by the rule the duplicate check of an
 * ingestion applies (src/domain/names.ts): the same name but for case, punctuation or a letter.
 * The gazetteer finds the names a text spells as the graph does; this finds the near misses
 * ("U.S. segment" for a known "US segment"), compared with every name the gazetteer holds.
 */
export function possibleDuplicates(
  candidates: readonly CandidateEntity[],
  gazetteer: Gazetteer,
): Map<string, PossibleDuplicate[]> {
  const index = new NameIndex();
  for (const entity of gazetteer.entities) {
    const [name = "", ...aliases] = entity.names;
    index.set(entity.entityId, entity.kind, name, aliases);
  }
  return new Map(
    candidates.map((candidate) => [
      candidate.entityId,
      index.find(candidate.name).flatMap(({ id, name, matched }) => {
        const known = gazetteer.entity(id);
        return known && id !== candidate.entityId
          ? [{ entityId: id, kind: known.kind, name, matched }]
          : [];
      }),
    ]),
  );
}
