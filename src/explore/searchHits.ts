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
  matchedWords,
  searchedWords,
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

/** The texts of a found node in the order searchCandidates returns them (a list, not a map). */
const TEXT_COLUMNS = ["name", "aliases", "title", "description", "text", "quotes"] as const;

/**
 * What the full-text indexes (names, incident texts, statements, quotes) find for a search, each
 * index its best `limit` by Lucene's score, in one query: one candidate per node found, the best
 * of its hits. A node's texts are read once however many indexes found it, as a list of values
 * (the driver decodes every key of a map), and the words are looked for in them once. A phrase of
 * no words finds nothing (null).
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
     WITH node, collect([index, score]) AS hits
     RETURN ${nodeView("node")} AS view, node:${LABEL.Entity} AS isEntity, hits,
            [${TEXT_COLUMNS.map((column) => `node.${column}`).join(", ")}] AS texts`,
    { query, first: int(limit) },
  );
  const words = searchedWords(request.phrase);
  return records.map((record) => {
    const node = toGraphNode(record.get("view") as NodeView);
    const values = record.get("texts") as unknown[];
    const texts = Object.fromEntries(
      TEXT_COLUMNS.map((column, i) => [column, values[i]]),
    ) as SearchedTexts;
    const isEntity = record.get("isEntity") === true;
    // Found by its words as written: one field whichever index found it. Else (fuzzy, Lucene
    // syntax) each index tells its own field, and the best of those hits counts.
    const literal = matchedWords(texts, words);
    const hits = (record.get("hits") as [FullTextIndexName, number][]).map(([index, score]) => {
      const where = literal ?? INDEX_FIELD[index](texts);
      const tier = searchTier(where.field, isEntity);
      return { node, ...where, tier, score: searchScore(tier, Number(score)) };
    });
    return hits.reduce((best, hit) => (hit.score > best.score ? hit : best));
  });
}

/**
 * A search box's text over the full-text indexes: each index gives its best `first` hits,
 * one hit per node, the best first. A phrase of no words finds nothing.
 */
export async function searchHits(
  read: GraphRead,
  request: SearchRequest,
  first: number,
): Promise<SearchHit[]> {
  requireBetween("first", first, 1, MAX_SEARCH_HITS);
  const candidates = await searchCandidates(read, request, first);
  if (candidates === null) return [];
  return candidates
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
  const hits = (await searchCandidates(read, request, MAX_SEARCH_CANDIDATES)) ?? [];
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
