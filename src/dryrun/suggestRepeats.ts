import stringify from "safe-stable-stringify";
import type { Catalogue } from "../catalogue/Catalogue";
import type { Command } from "../catalogue/commands";
import { initialState, type FactState, type PresentFact } from "../catalogue/FactState";
import type { DecisionContext } from "../domain/DecisionContext";
import { DomainError } from "../domain/DomainError";
import { normaliseWhitespace } from "../domain/source";
import { factIdOf } from "../domain/streams";
import { createdInRun, type DryRunEntry } from "./dryRunEntries";
import type { Suggestion } from "./DryRunReport";
import type { DryRunDecisions } from "./dryRunUnits";
import type { Citation } from "./KnownFacts";

/**
 * Entries that repeat what is recorded, and could be corroborations of it instead: an entry whose
 * fact says exactly what a recorded fact says (but for its id and certainty), and an entry citing
 * a quote that a recorded fact of the same article already cites.
 */
export function suggestRepeats(
  catalogue: Catalogue,
  entries: readonly DryRunEntry[],
  decisions: DryRunDecisions,
  citations: readonly Citation[],
): Suggestion[] {
  const createdBy = createdInRun(entries);
  return entries.flatMap((entry) => {
    if (!entry.command || !entry.stream || entry.plan?.replayed) return [];
    return [
      ...repeatedFact(catalogue, entry, entry.command, entry.stream, decisions, createdBy),
      ...quoteCited(entry, entry.command, entry.stream, citations),
    ];
  });
}

function repeatedFact(
  catalogue: Catalogue,
  entry: DryRunEntry,
  command: Command,
  stream: string,
  decisions: DryRunDecisions,
  createdBy: ReadonlyMap<string, number>,
): Suggestion[] {
  const stated = wouldState(catalogue, command, stream, decisions.view.context());
  if (!stated) return [];
  const content = contentOf(stated, stream);
  const same: string[] = [];
  for (const [other, { state }] of decisions.view.streamViews()) {
    // An accepted entry's own stream holds what it states; a refused one's, what was there.
    if (other === stream && entry.plan) continue;
    if ((createdBy.get(other) ?? -1) >= entry.order) continue;
    if (state.status !== "active" || state.category !== stated.category) continue;
    if (contentOf(state, other) === content) same.push(factIdOf(other));
  }
  if (same.length === 0) return [];
  return [
    {
      articleId: entry.unit.articleId,
      kind: "REPEATED_FACT",
      entry: entry.envelope.entry,
      field: entry.envelope.field,
      message: `${labelOf(entry)} states what ${listed(same)} already states: corroborate it (corroborateFact) rather than recording it again`,
      factIds: same,
    },
  ];
}

function quoteCited(
  entry: DryRunEntry,
  command: Command,
  stream: string,
  citations: readonly Citation[],
): Suggestion[] {
  const source = (command as { source?: { articleId: string; quote: string } }).source;
  if (!source || typeof source.quote !== "string") return [];
  const quote = normaliseWhitespace(source.quote);
  const own = new Set([factIdOf(stream), entry.factId]);
  const citing = [
    ...new Set(
      citations
        .filter(
          (c) =>
            c.articleId === source.articleId &&
            !own.has(c.factId) &&
            normaliseWhitespace(c.quote) === quote,
        )
        .map((c) => c.factId),
    ),
  ];
  if (citing.length === 0) return [];
  return [
    {
      articleId: entry.unit.articleId,
      kind: "QUOTE_ALREADY_CITED",
      entry: entry.envelope.entry,
      field: [entry.envelope.field, "source.quote"].filter(Boolean).join("."),
      message: `${labelOf(entry)}: its quote is already cited by ${listed(citing)}; if it states the same fact, corroborate that fact (corroborateFact) instead`,
      factIds: citing,
    },
  ];
}

/** The fact an entry would state on a stream of its own, or undefined if it states none there. */
function wouldState(
  catalogue: Catalogue,
  command: Command,
  stream: string,
  ctx: DecisionContext,
): PresentFact | undefined {
  // As if its own id were free: a fact registered under it already is what it is compared with;
  // and with no namesakes, since a repeated entity is found by its content here, not refused.
  const nodes = new Map(ctx.nodes);
  nodes.delete(factIdOf(stream));
  const asIfNew: DecisionContext = { nodes, articles: ctx.articles, namesakes: () => [] };
  try {
    const state = catalogue.fold(catalogue.decide(command, initialState, asIfNew) as never[]);
    return state.status === "active" && state.category !== "article" ? state : undefined;
  } catch (error) {
    if (error instanceof DomainError) return undefined;
    throw error;
  }
}

/** A fact's content: its category and data, without its own id and its certainty. */
function contentOf(state: FactState, stream: string): string {
  if (state.status === "absent") return "";
  const own = factIdOf(stream);
  const data = Object.entries(state.data as unknown as Record<string, unknown>).filter(
    ([key, value]) => key !== "certainty" && value !== own,
  );
  return stringify({ category: state.category, data: Object.fromEntries(data) }) ?? "";
}

function labelOf(entry: DryRunEntry): string {
  return entry.envelope.label ?? entry.envelope.field ?? entry.envelope.entry;
}

export function listed(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(", ");
}
