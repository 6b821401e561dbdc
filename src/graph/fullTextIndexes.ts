import { KIND_LABELS, LABEL } from "./graphLabels";

/**
 * The projection's full-text indexes, by name: the labels and properties each indexes. Search
 * (src/explore) queries them by name, and the SDL's @fulltext reads name them too.
 */
export interface FullTextIndex {
  labels: readonly string[];
  properties: readonly string[];
}

export const FULLTEXT_INDEXES = {
  entity_names: { labels: KIND_LABELS, properties: ["name", "aliasesText", "description"] },
  fact_quotes: {
    labels: [LABEL.Entity, LABEL.Incident, LABEL.IncidentUpdate, LABEL.Statement],
    properties: ["quotesText"],
  },
  incident_text: { labels: [LABEL.Incident], properties: ["title", "description", "quotesText"] },
  statement_text: { labels: [LABEL.Statement], properties: ["text", "quotesText"] },
} as const satisfies Record<string, FullTextIndex>;

export type FullTextIndexName = keyof typeof FULLTEXT_INDEXES;
