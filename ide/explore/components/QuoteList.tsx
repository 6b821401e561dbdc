import { Link } from "react-router";
import { articlePath } from "../lib/paths";

/**
 * The sentences a fact cites, each a link to its place in the article (highlighted there).
 * `sources[i]` is the article of `quotes[i]`, as the API keeps them.
 */
export function QuoteList({
  quotes,
  sources,
}: {
  quotes: readonly string[];
  sources: readonly (string | null | undefined)[];
}) {
  if (quotes.length === 0) return null;
  return (
    <ul className="quotes">
      {quotes.map((quote, i) => {
        const articleId = sources[i];
        return (
          <li key={`${i}:${quote}`}>
            {articleId ? (
              <Link
                className="quote"
                to={articlePath(articleId, quote)}
                title="Open the sentence in the article"
              >
                “{quote}”
              </Link>
            ) : (
              <q className="quote">{quote}</q>
            )}
          </li>
        );
      })}
    </ul>
  );
}
