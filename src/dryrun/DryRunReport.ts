import type { DomainError, DomainErrorKind } from "../domain/DomainError";
import type { CommandEnvelope } from "../commands/decideCommand";

/**
 * What a dry run answers: every problem of every entry at once, what would be appended, and
 * suggestions for what the entries may mean to say. Nothing is written.
 */

/** One unit to check: an article and its entries, in the order they would be executed. */
export interface DryRunUnit {
  articleId: string;
  envelopes: DryRunEnvelope[];
  /**
   * The articles of the run whose facts it may name (a seed folder's buildsOn); when given, an
   * entry naming a fact that another article of the run states, which it does not build on
   * (directly or not), is a problem: loaded alone or in another order, it would not be found.
   */
  buildsOn?: readonly string[];
}

export interface DryRunEnvelope extends CommandEnvelope {
  commandId: string;
  /** The entry's id within its article ("article" for its registration). */
  entry: string;
  /** Problems found before the decision (the ingestion's own checks): it is then not decided. */
  problems?: readonly DomainError[];
}

export interface DryRunProblem {
  articleId: string;
  entry: string;
  /** The field's path from the unit's input: facts[3].source.quote. */
  field: string | undefined;
  kind: DomainErrorKind;
  message: string;
  details: Record<string, unknown>;
}

/** An entry that would be executed: what it would append (nothing, if it is a replay). */
export interface PlannedCommand {
  articleId: string;
  entry: string;
  commandId: string;
  factId: string;
  stream: string;
  eventTypes: string[];
  /** Its command id was executed before with the same content: nothing would be appended. */
  replayed: boolean;
}

/** What a dry run may suggest, each with what it means (the SDL's enum says the same). */
export const SUGGESTION_KINDS = {
  MENTIONED_ENTITY:
    "The article's text names an entity the graph knows, and no entry refers to it.",
  REPEATED_FACT:
    "An entry states what a recorded fact states (all but its id and certainty): corroborate that fact instead.",
  QUOTE_ALREADY_CITED:
    "An entry's quote is one a recorded fact of the same article already cites: if it states that fact, corroborate it instead.",
} as const;
export type SuggestionKind = keyof typeof SUGGESTION_KINDS;

export interface Suggestion {
  articleId: string;
  kind: SuggestionKind;
  /** The entry it is about, when it is about one. */
  entry: string | undefined;
  field: string | undefined;
  message: string;
  /** The recorded facts (or entities) it points at. */
  factIds: string[];
}

export interface DryRunReport {
  /** The log's position the run was decided against. */
  head: number;
  problems: DryRunProblem[];
  planned: PlannedCommand[];
  suggestions: Suggestion[];
}
