import { requireBetween } from "../domain/validate";
import type { FullTextIndexName } from "../graph/fullTextIndexes";
import { LABEL } from "../graph/graphLabels";
import { int } from "../neo4j/neo4jValues";
import type { GraphRead } from "./graphRead";
import { nodeView, toGraphNode, type GraphNode, type NodeView } from "./graphShapes";
import {
  encodeCursor,
  keyAfter,
  toPage,
  type KeyShape,
  type Connection,
  type ListFilter,
  type PageRequest,
  type SortKey,
} from "./pageCursor";
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

/** A node an index found, with where its words are and its tier (searchTier). */
interface Candidate extends SearchHit {
  tier: number;
}

/**
 * What each full-text index (names, incident texts, statements, quotes) finds for a search, its
 * best `limit` by Lucene's score, in one query: one candidate per index hit. A phrase of no words
 * finds nothing (null).
 */
async function searchCandidates(
  read: GraphRead,
  request: SearchRequest,
  limit: number,
): Promise<Candidate[] | null> {
  const query = luceneQuery(request);
  if (query === null) return null;
  const { records } = await read(
    `CALL () {
       ${SEARCHED_INDEXES.map(hitsOf).join("\n         UNION ALL\n         ")}
     }
     RETURN ${nodeView("node")} AS view, node:${LABEL.Entity} AS isEntity, score, index,
            node {.name, .aliases, .title, .description, .text, .quotes} AS texts`,
    { query, first: int(limit) },
  );
  return records.map((record) => {
    const node = toGraphNode(record.get("view") as NodeView);
    const texts = record.get("texts") as SearchedTexts;
    const index = record.get("index") as keyof typeof INDEX_FIELD;
    const found = matchedText(texts, request.phrase) ?? INDEX_FIELD[index](texts);
    const tier = searchTier(found.field, record.get("isEntity") === true);
    return { node, ...found, tier, score: searchScore(tier, Number(record.get("score"))) };
  });
}

/** Each node once: its candidate that `better` prefers. */
function bestPerNode(
  candidates: readonly Candidate[],
  better: (a: Candidate, b: Candidate) => boolean,
) {
  const best = new Map<string, Candidate>();
  for (const hit of candidates) {
    const known = best.get(hit.node.id);
    if (!known || better(hit, known)) best.set(hit.node.id, hit);
  }
  return [...best.values()];
}

/**
 * A search box's text over the full-text indexes: each index gives its best `first` hits,
 * merged in JavaScript to one hit per node, the best first. A phrase of no words finds nothing.
 */
export async function searchHits(
  read: GraphRead,
  request: SearchRequest,
  first: number,
): Promise<SearchHit[]> {
  requireBetween("first", first, 1, MAX_SEARCH_HITS);
  const candidates = await searchCandidates(read, request, first);
  if (candidates === null) return [];
  return bestPerNode(candidates, (a, b) => a.score > b.score)
    .sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id))
    .slice(0, first)
    .map(({ tier: _tier, ...hit }) => hit);
}

/** A page of a search, as searchConnection answers it: hits as edges. */
export type SearchPageModel = Connection<SearchHit>;

/** The most hits each index gives a paged search: its pages end there (searchConnection). */
export const MAX_SEARCH_CANDIDATES = 1000;

/**
 * A paged search's key, an order that only the node's own texts decide (Lucene's scores move as
 * the index grows, which would move hits across pages): its tier, the length of the text that
 * matched (the closest match first), its id.
 */
export const SEARCH_KEY: KeyShape = ["number", "number", "string"];
const searchKey = (hit: Candidate): SortKey => [hit.tier, hit.matched.length, hit.node.id];

/**
 * A page of a search: every node the indexes find (at most MAX_SEARCH_CANDIDATES each), once, in
 * the order of SEARCH_KEY, after the request's key; its score says that order (4 - tier, plus
 * up to 0.5 more the shorter the matched text). totalCount: how many nodes were found.
 */
export async function searchPage(
  read: GraphRead,
  request: SearchRequest,
  page: PageRequest,
  filter: ListFilter,
): Promise<SearchPageModel> {
  const candidates = (await searchCandidates(read, request, MAX_SEARCH_CANDIDATES)) ?? [];
  const hits = bestPerNode(candidates, (a, b) => keyAfter(searchKey(b), searchKey(a)));
  const after = page.after;
  const sorted = hits
    .filter((hit) => after === null || keyAfter(searchKey(hit), after))
    .sort((a, b) => (keyAfter(searchKey(a), searchKey(b)) ? 1 : -1))
    .slice(0, page.first + 1);
  const rows = sorted.map(({ tier, ...hit }) => ({
    ...hit,
    score: 4 - tier + 1 / (2 + hit.matched.length),
  }));
  return {
    ...toPage(rows, page, (_hit, i) => encodeCursor("search", filter, searchKey(sorted[i]!))),
    totalCount: hits.length,
  };
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
