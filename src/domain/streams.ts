/** Every fact lives in a stream of its own, named "<category>-<id>" (e.g. incident-zvezda-air-leak). */
export const FACT_CATEGORIES = [
  "article",
  "entity",
  "relation",
  "incident",
  "statement",
  "quantity",
] as const;
export type FactCategory = (typeof FACT_CATEGORIES)[number];

export function streamId(category: FactCategory, id: string): string {
  return `${category}-${id}`;
}

export function parseStreamId(stream: string): { category: FactCategory; id: string } | undefined {
  const dash = stream.indexOf("-");
  const category = stream.slice(0, dash) as FactCategory;
  if (dash < 1 || !FACT_CATEGORIES.includes(category)) return undefined;
  return { category, id: stream.slice(dash + 1) };
}

/** A fact's id, whether named by its id (zvezda) or by its stream (entity-zvezda). */
export function factIdOf(idOrStream: string): string {
  return parseStreamId(idOrStream)?.id ?? idOrStream;
}

/**
 * The streams that may hold a fact named by its stream (itself) or by its id (its id's stream in
 * each category a lifecycle command takes: not articles, which are sources, not facts).
 */
export function candidateStreams(idOrStream: string): string[] {
  if (parseStreamId(idOrStream)) return [idOrStream];
  return (["entity", "incident", "statement", "relation"] as const).map((category) =>
    streamId(category, idOrStream),
  );
}

/** Ids are lower-case slugs: readable in URLs, Cypher and stream names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A relation's default id: from, type and to, so the same link cannot be made twice. */
export function defaultRelationId(from: string, relation: string, to: string): string {
  return `${from}-${relation.toLowerCase().replace(/_/g, "-")}-${to}`;
}
