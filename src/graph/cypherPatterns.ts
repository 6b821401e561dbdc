/**
 * Small Cypher fragments over the graph model's names, for readers that ask about several labels
 * or types at once. Names come from src/graph (allow-listed), never from input.
 */

/** Cypher: node `n` carries one of the labels. */
export function hasAnyLabel(n: string, labels: readonly string[]): string {
  return `(${labels.map((label) => `${n}:${label}`).join(" OR ")})`;
}

/** Cypher: a list literal of relationship types, to compare type(r) with: ['CITES', 'HISTORICAL']. */
export function typeList(types: readonly string[]): string {
  return `[${types.map((type) => `'${type}'`).join(", ")}]`;
}
