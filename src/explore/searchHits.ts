import type { Record as Neo4jRecord } from "neo4j-driver";
import { requireBetween } from "../domain/validate";
import type { FullTextIndexName } from "../graph/fullTextIndexes";
import { LABEL } from "../graph/graphLabels";
import { int } from "../neo4j/neo4jValues";
import { nodeView, toGraphNode, type GraphNode, type NodeView } from "./graphShapes";
import {
  luceneQuery,
  matchedText,
  searchScore,
  searchTier,
  type SearchedTexts,
  type SearchField,
  type SearchRequest,
} from "./searchQuery";

export interface SearchHit {
  node: GraphNode;
  field: SearchField;
  matched: string;
  score: number;
}

/** The most hits a search returns. */
export const MAX_SEARCH_HITS = 200;

/**
 * A search box's text over the full-text indexes of names, incident texts, statements and quotes:
 * each index gives its best `first` hits in one query (read), merged in JavaScript to one hit
 * per node, the best first. A phrase of no words finds nothing.
 */
export async function searchHits(
  read: (cypher: string, params: Record<string, unknown>) => Promise<{ records: Neo4jRecord[] }>,
  request: SearchRequest,
  first: number,
): Promise<SearchHit[]> {
  requireBetween("first", first, 1, MAX_SEARCH_HITS);
  const query = luceneQuery(request);
  if (query === null) return [];
  // Each index gives its best `first`; they are merged, one hit per node, in JavaScript.
  const { records } = await read(
    `CALL () {
       ${SEARCHED_INDEXES.map(hitsOf).join("\n         UNION ALL\n         ")}
     }
     RETURN ${nodeView("node")} AS view, node:${LABEL.Entity} AS isEntity, score, index,
            node {.name, .aliases, .title, .description, .text, .quotes} AS texts`,
    { query, first: int(first) },
  );
  const best = new Map<string, SearchHit & { tier: number }>();
  for (const record of records) {
    const node = toGraphNode(record.get("view") as NodeView);
    const texts = record.get("texts") as SearchedTexts;
    const index = record.get("index") as keyof typeof INDEX_FIELD;
    const found = matchedText(texts, request.phrase) ?? INDEX_FIELD[index](texts);
    const tier = searchTier(found.field, record.get("isEntity") === true);
    const hit = { node, ...found, tier, score: searchScore(tier, Number(record.get("score"))) };
    const known = best.get(node.id);
    if (!known || hit.score > known.score) best.set(node.id, hit);
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id))
    .slice(0, first)
    .map(({ tier: _tier, ...hit }) => hit);
}

/** Where an index's hit is told to be when its words are not literally in its texts (fuzzy, Lucene). */
const INDEX_FIELD: Record<
  FullTextIndexName,
  (t: SearchedTexts) => Pick<SearchHit, "field" | "matched">
> = {
  entity_names: (t: SearchedTexts) => ({ field: "NAME" as const, matched: t.name ?? "" }),
  incident_text: (t: SearchedTexts) => ({ field: "NAME" as const, matched: t.title ?? "" }),
  statement_text: (t: SearchedTexts) => ({ field: "TEXT" as const, matched: t.text ?? "" }),
  fact_quotes: (t: SearchedTexts) => ({ field: "QUOTE" as const, matched: t.quotes?.[0] ?? "" }),
};

/** The full-text indexes a search asks, each for its best hits. */
const SEARCHED_INDEXES = Object.keys(INDEX_FIELD) as FullTextIndexName[];

/** Cypher: an index's best $first hits for $query, with the index's name. */
function hitsOf(index: FullTextIndexName): string {
  return `CALL db.index.fulltext.queryNodes('${index}', $query, {limit: $first}) YIELD node, score
         RETURN node, score, '${index}' AS index`;
}
