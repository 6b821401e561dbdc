import type { ReactNode } from "react";
import { Link } from "react-router";
import { inWords } from "../../drawing/inWords";
import { nodePath } from "../lib/paths";
import { QuoteList } from "./QuoteList";

/** What a listed fact has: the id of its page, its kind, the quotes it comes from. */
interface ListedFact {
  id: string;
  kind: string;
  quotes: readonly string[];
  sources: readonly (string | null | undefined)[];
}

/**
 * Incidents or statements: each a link to its page, its kind as a tag followed by what the list
 * shows of it (`meta`), its quotes, then `after` if given; "None recorded." when there are none.
 */
export function FactList<T extends ListedFact>({
  facts,
  of,
  title,
  meta,
  after,
}: {
  facts: readonly T[];
  of: "Incident" | "Statement";
  title: (fact: T) => string;
  meta: (fact: T) => ReactNode;
  after?: (fact: T) => ReactNode;
}) {
  if (facts.length === 0) return <p className="empty">None recorded.</p>;
  return (
    <ul className={`facts ${of.toLowerCase()}s`}>
      {facts.map((fact) => (
        <li key={fact.id} className="fact" data-fact={fact.id}>
          <p className="title">
            <Link to={nodePath(of, fact.id)}>{title(fact)}</Link>
          </p>
          <p className="meta">
            <span className="tag">{inWords(fact.kind)}</span>
            {meta(fact)}
          </p>
          <QuoteList quotes={fact.quotes} sources={fact.sources} />
          {after?.(fact)}
        </li>
      ))}
    </ul>
  );
}
