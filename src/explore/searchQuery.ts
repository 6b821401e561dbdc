import { invalid } from "../domain/DomainError";

/** How search reads its phrase: a search box's text, or Lucene query syntax. */
export type SearchSyntax = "TEXT" | "LUCENE";

/** Where a hit's words were found (the API's SearchField). */
export type SearchField = "NAME" | "ALIAS" | "DESCRIPTION" | "TEXT" | "QUOTE";

export interface SearchRequest {
  phrase: string;
  syntax: SearchSyntax;
  /** Also words spelt up to two letters differently. */
  fuzzy: boolean;
}

/** Longer phrases are refused: no search box sends them, and each word costs an index lookup. */
export const MAX_PHRASE_LENGTH = 500;
/** The words of a TEXT phrase that count; past them, words are ignored. */
export const MAX_SEARCH_WORDS = 16;
/** Fuzzy matching of a shorter word finds mostly noise (two edits of a three-letter word). */
const MIN_FUZZY_LENGTH = 4;

// A word: letters and digits, with apostrophes inside it (O'Hara), as Lucene's standard
// tokenizer keeps them; anything else separates words and is never an operator.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A text as the index reads it: compatibility forms folded, typographic apostrophes plain, lower case. */
function normalised(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/** The words of a text as the index sees them: lower case, typographic apostrophes plain. */
export function searchWords(text: string): string[] {
  return normalised(text).match(WORD) ?? [];
}

/** The words a search looks for: a phrase's first MAX_SEARCH_WORDS words (searchWords). */
export function searchedWords(phrase: string): string[] {
  return searchWords(phrase).slice(0, MAX_SEARCH_WORDS);
}

/** A word as a Lucene term: its operators and quotes escaped. */
export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query of a search, or null when the phrase has no word to look for (a search box's
 * "(" or "": nothing is found, nothing fails). TEXT: every word required, the last one also as the
 * start of a word (search as you type), with fuzzy each also up to two edits away; the words are
 * escaped, so `AND`, `station:` or a lone quote are words, not syntax. LUCENE: the phrase as given.
 */
export function luceneQuery(request: SearchRequest): string | null {
  if (request.phrase.length > MAX_PHRASE_LENGTH) {
    throw invalid("phrase", `the search phrase is longer than ${MAX_PHRASE_LENGTH} characters`);
  }
  if (request.syntax === "LUCENE") {
    if (request.phrase.trim() === "") throw invalid("phrase", "the Lucene query is empty");
    return request.phrase;
  }
  const words = searchedWords(request.phrase);
  if (words.length === 0) return null;
  return words
    .map((word, i) => {
      const term = escapeLucene(word);
      const alternatives = [term];
      if (request.fuzzy && word.length >= MIN_FUZZY_LENGTH) alternatives.push(`${term}~`);
      if (i === words.length - 1) alternatives.push(`${term}*`);
      return alternatives.length === 1 ? `+${term}` : `+(${alternatives.join(" ")})`;
    })
    .join(" ");
}

/** The texts of a found node, by the field they are, in the order a match is told. */
export interface SearchedTexts {
  name?: string | null;
  aliases?: readonly string[] | null;
  title?: string | null;
  description?: string | null;
  text?: string | null;
  quotes?: readonly string[] | null;
}

/**
 * Which of a node's texts holds the searched words (each as a word, the last also as a word's
 * start): the first of name, aliases, title, description, text and quotes that does. Null when none
 * does literally (a fuzzy or Lucene match): the caller tells the index's own field instead.
 */
export function matchedText(
  texts: SearchedTexts,
  phrase: string,
): { field: SearchField; matched: string } | null {
  return matchedWords(texts, searchedWords(phrase));
}

/** matchedText of a phrase's words (searchedWords): a search reads its phrase once for every hit. */
export function matchedWords(
  texts: SearchedTexts,
  words: readonly string[],
): { field: SearchField; matched: string } | null {
  if (words.length === 0) return null;
  const holds = (text: string | null | undefined): text is string => {
    if (!text) return false;
    const plain = normalised(text);
    // Each word of a text is a part of it: one without all the words as parts holds none of
    // them as words, and most of a search's texts (sentences quoted) are ruled out so.
    if (!words.every((word) => plain.includes(word))) return false;
    const found = plain.match(WORD) ?? [];
    return words.every((word, i) =>
      found.some((w) => w === word || (i === words.length - 1 && w.startsWith(word))),
    );
  };
  const candidates: [SearchField, readonly (string | null | undefined)[]][] = [
    ["NAME", [texts.name, texts.title]],
    ["ALIAS", texts.aliases ?? []],
    ["DESCRIPTION", [texts.description]],
    ["TEXT", [texts.text]],
    ["QUOTE", texts.quotes ?? []],
  ];
  for (const [field, values] of candidates) {
    const matched = values.find(holds);
    if (matched) return { field, matched };
  }
  return null;
}

/**
 * Hits on what a thing is called come first: an entity's name or alias, then an incident's title,
 * then descriptions and statements, then the sentences that merely mention it.
 */
export function searchTier(field: SearchField, isEntity: boolean): number {
  switch (field) {
    case "NAME":
    case "ALIAS":
      return isEntity ? 0 : 1;
    case "DESCRIPTION":
    case "TEXT":
      return 2;
    case "QUOTE":
      return 3;
    default: {
      const never: never = field;
      return never;
    }
  }
}

/** A hit's score: its tier first, then Lucene's score within it (higher is better). */
export function searchScore(tier: number, luceneScore: number): number {
  const within = luceneScore > 0 ? luceneScore / (1 + luceneScore) : 0;
  return 4 - tier + within;
}
