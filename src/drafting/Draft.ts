import type { Certainty, EntityKind } from "../domain/nodeKinds";

/** Characters [start, end) of the article's text. */
export interface Span {
  start: number;
  end: number;
}

export interface DraftSentence extends Span {
  text: string;
}

/** A name of an entity the graph already knows, found in the text. */
export interface KnownMention extends Span {
  entityId: string;
  kind: EntityKind;
  /** The name or alias it matched, as the gazetteer spells it. */
  matched: string;
  /** The text as written (curly quotes, another case, a longer phrase). */
  text: string;
}

/** A new entity proposed by a pattern, with a suggested id. */
export interface CandidateEntity extends Span {
  entityId: string;
  kind: EntityKind;
  name: string;
  text: string;
  reason: string;
}

export type DatePrecision = "year" | "month" | "day";

/** A date the text states, no more precise than the text, with what was inferred. */
export interface DraftDate extends Span {
  text: string;
  /** World time: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  precision: DatePrecision;
  certainty: Certainty;
  note?: string;
}

/** A proposed entry: a command of the catalogue with its exact quote, and why it was proposed. */
export interface ProposedFact {
  /** The entry's id (a slug, unique in the draft). */
  id: string;
  do: string;
  fields: Record<string, unknown>;
  quote: string;
  certainty: Certainty;
  note?: string;
  reason: string;
}

export interface Draft {
  articleId: string;
  publisher: string;
  publishedOn: string;
  text: string;
  sentences: DraftSentence[];
  known: KnownMention[];
  candidates: CandidateEntity[];
  dates: DraftDate[];
  facts: ProposedFact[];
  /** The articles whose entities or incidents the proposals name. */
  buildsOn: string[];
}
