import type { Catalogue } from "../catalogue/Catalogue";
import { createdInRun, namedIds, type DryRunEntry } from "./dryRunEntries";
import type { Suggestion } from "./DryRunReport";
import type { DryRunDecisions } from "./dryRunUnits";
import type { Citation, KnownEntity } from "./KnownFacts";
import { findName } from "./names";

/**
 * What the names of an ingestion suggest: entities the graph knows whose names the article's text
 * uses while no entry refers to them. (An entity registered again under another id is no
 * suggestion: the decision refuses it as POSSIBLE_DUPLICATE, src/catalogue/entity/namesakes.ts.)
 */
export function suggestNames(
  catalogue: Catalogue,
  entries: readonly DryRunEntry[],
  decisions: DryRunDecisions,
  known: { entities: readonly KnownEntity[]; citations: readonly Citation[] },
): Suggestion[] {
  // Each entity with the order of the entry that registered it (-1: the log's).
  const entities = new Map(known.entities.map((e) => [e.id, { ...e, since: -1 }]));
  const created = createdInRun(entries);
  for (const [stream, { state }] of decisions.view.streamViews()) {
    if (state.status === "active" && state.category === "entity") {
      const { entityId: id, name, aliases } = state.data;
      if (!entities.has(id))
        entities.set(id, { id, name, aliases, since: created.get(stream) ?? -1 });
    }
  }
  // An entry is compared with the entities known before it: the log's, and earlier entries'.
  const knownBefore = (order: number) =>
    [...entities.values()].filter((entity) => entity.since < order);
  return [...mentions(catalogue, entries, knownBefore, known.citations)];
}

function mentions(
  catalogue: Catalogue,
  entries: readonly DryRunEntry[],
  knownBefore: (order: number) => KnownEntity[],
  citations: readonly Citation[],
): Suggestion[] {
  const units = [...new Set(entries.map((entry) => entry.unit))];
  return units.flatMap((unit) => {
    const first = entries.find((entry) => entry.unit === unit)?.order ?? 0;
    const article = unit.envelopes.find((e) => e.command.type === "RegisterArticle")?.command;
    if (article?.type !== "RegisterArticle" || typeof article.text !== "string") return [];
    const referred = new Set(
      entries.filter((entry) => entry.unit === unit).flatMap((e) => namedIds(catalogue, e)),
    );
    // What an earlier ingestion of the same article cites, it has referred to already.
    for (const citation of citations)
      if (citation.articleId === article.articleId) referred.add(citation.factId);
    return knownBefore(first).flatMap((entity): Suggestion[] => {
      if (referred.has(entity.id)) return [];
      const found = findName(article.text, [entity.name, ...entity.aliases]);
      if (!found) return [];
      return [
        {
          articleId: unit.articleId,
          kind: "MENTIONED_ENTITY",
          entry: undefined,
          field: undefined,
          message: `the text names "${found.name}" ("${entity.id}": ${found.excerpt}), and no entry refers to it`,
          factIds: [entity.id],
        },
      ];
    });
  });
}
