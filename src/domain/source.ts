import { invalid } from "./DomainError";
import { COMMAND_CAPS } from "./validate";

/** The longest quote (and note), in characters. */
const MAX_QUOTE_LENGTH = COMMAND_CAPS.quoteLength;

/** Where a fact comes from: an article, and the sentence (or part of one) that says it. */
export interface Source {
  articleId: string;
  quote: string;
  /** Why an inferred fact follows from the quote ("JAXA is Japan's space agency"). */
  note?: string | undefined;
}

/** Quotes are matched with runs of whitespace made single spaces, and nothing else changed. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * An article's text with its whitespace normalised, remembered for the few articles in use: an
 * ingestion checks hundreds of quotes against the same text of tens of kilobytes.
 */
const normalisedArticles = new Map<string, string>();
function normalisedArticle(text: string): string {
  let normalised = normalisedArticles.get(text);
  if (normalised === undefined) {
    normalised = normaliseWhitespace(text);
    if (normalisedArticles.size >= 16)
      normalisedArticles.delete(normalisedArticles.keys().next().value!);
    normalisedArticles.set(text, normalised);
  }
  return normalised;
}

/** Refuses a source whose article is unknown or whose quote the article does not contain. */
export function checkSource(
  source: Source,
  articleText: string | undefined,
  field = "source",
): void {
  if (articleText === undefined) {
    throw invalid(`${field}.articleId`, `no article "${source.articleId}" is registered`);
  }
  const quote = normaliseWhitespace(source.quote);
  if (quote.length === 0) throw invalid(`${field}.quote`, "the quote is empty");
  if (quote.length > MAX_QUOTE_LENGTH) {
    throw invalid(
      `${field}.quote`,
      `a quote has at most ${MAX_QUOTE_LENGTH} characters (a sentence or two), not ${quote.length}`,
    );
  }
  if ((source.note?.length ?? 0) > MAX_QUOTE_LENGTH)
    throw invalid(`${field}.note`, `a note has at most ${MAX_QUOTE_LENGTH} characters`);
  if (!normalisedArticle(articleText).includes(quote)) {
    throw invalid(
      `${field}.quote`,
      `the quote is not in article "${source.articleId}": "${quote.length > 80 ? `${quote.slice(0, 77)}...` : quote}"`,
    );
  }
}
