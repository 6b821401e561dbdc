/**
 * Completion in the editors in the order graphql-language-service ranks it.
 *
 * For a typed prefix the language service keeps the fields that match and ranks them: closest
 * first, then shortest (`peop` gives `people`, `peopleByName`, `peopleConnection`). But it gives
 * each the sortText `String(indexInTheSchema) + name`, and Monaco orders equally good matches by
 * sortText: the schema's field order wins, compared as text. @neo4j/graphql puts `peopleByName`
 * (18), then `peopleConnection` (19) before `people` (20), so `people` came third. Numbering the
 * suggestions in the language service's order makes its ranking the one shown. monaco-graphql has
 * no setting for this; its completion adapter is wrapped instead (once, whatever the provider
 * registrations: monaco-graphql registers a new adapter each time the schema changes).
 */
export async function keepLanguageServiceOrder(): Promise<void> {
  const { CompletionAdapter } = await import("monaco-graphql/esm/languageFeatures.js");
  const prototype = CompletionAdapter.prototype as CompletionAdapterPrototype;
  if (prototype[WRAPPED]) return;
  const provide = prototype.provideCompletionItems;
  prototype.provideCompletionItems = async function (this: unknown, ...args) {
    const list = await provide.apply(this, args);
    return { ...list, suggestions: inRankOrder(list.suggestions) };
  };
  prototype[WRAPPED] = true;
}

/** The suggestions with sortTexts that keep them in the order given: 00, 01, ... */
export function inRankOrder<T extends { sortText?: string }>(suggestions: T[]): T[] {
  const width = String(suggestions.length).length;
  return suggestions.map((suggestion, rank) => ({
    ...suggestion,
    sortText: String(rank).padStart(width, "0"),
  }));
}

const WRAPPED = Symbol.for("iss-kg.completionInRankOrder");

type ProvideCompletionItems = (
  ...args: unknown[]
) => Promise<{ suggestions: { sortText?: string }[]; incomplete?: boolean }>;

interface CompletionAdapterPrototype {
  provideCompletionItems: ProvideCompletionItems;
  [WRAPPED]?: boolean;
}
