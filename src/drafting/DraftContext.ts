import type { EntityKind } from "../domain/nodeKinds";
import type { DraftDate, DraftSentence, ProposedFact, Span } from "./Draft";
import type { Gazetteer, KnownIncident } from "./Gazetteer";

/** An entity named in the text, known or proposed. */
export interface Mention extends Span {
  entityId: string;
  kind: EntityKind;
  name: string;
  known: boolean;
}

/** What the fact patterns read: the text, its sentences, mentions and dates. */
export interface DraftContext {
  text: string;
  publishedOn: string;
  publisher: string;
  sentences: readonly DraftSentence[];
  mentions: readonly Mention[];
  dates: readonly DraftDate[];
  gazetteer: Gazetteer;
}

/** A proposal as a pattern makes it: its id is made unique, and given to the fact, by draftArticle. */
export type Proposal = ProposedFact;

export const within = (outer: Span) => (inner: Span) =>
  inner.start >= outer.start && inner.end <= outer.end;

export function mentionsIn(context: DraftContext, span: Span, kinds?: readonly EntityKind[]) {
  return context.mentions.filter((m) => within(span)(m) && (!kinds || kinds.includes(m.kind)));
}

export function datesIn(context: DraftContext, span: Span): DraftDate[] {
  return context.dates.filter(within(span));
}

/** The station the article is about: the first one it names. */
export function stationOf(context: DraftContext): Mention | undefined {
  return context.mentions.find((m) => m.kind === "Station");
}

/** The known incidents whose affected hardware the article names, last named first. */
export function knownIncidentsNamed(context: DraftContext): KnownIncident[] {
  const named = new Set(context.mentions.filter((m) => m.known).map((m) => m.entityId));
  return context.gazetteer.incidents.filter((i) => i.affected.some((id) => named.has(id)));
}

/** The exact text of a span, without the punctuation that ends it. */
export function quoteOf(context: DraftContext, span: Span): string {
  return context.text
    .slice(span.start, span.end)
    .replace(/[\s,.;:]+$/, "")
    .replace(/^[\s,]+/, "");
}

/** A LinkEntities proposal: its entry id says the relation ("x-member-of-y"). */
export function linkProposal(
  relation: string,
  from: string,
  to: string,
  extra: Record<string, unknown>,
  source: { quote: string; reason: string; certainty?: "asserted" | "inferred"; note?: string },
): Proposal {
  const { quote, reason, certainty = "asserted", note } = source;
  return {
    id: `${from}-${relation.toLowerCase().replace(/_/g, "-")}-${to}`,
    do: "LinkEntities",
    fields: { relationId: "", relation, from, to, ...extra },
    quote,
    certainty,
    ...(note ? { note } : {}),
    reason,
  };
}
