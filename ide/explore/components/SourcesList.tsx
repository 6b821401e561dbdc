import { Link } from "react-router";
import { inWords } from "../../drawing/inWords";
import type { SourceRowFragment } from "../generated/graphql";
import { articlePath } from "../lib/paths";

/**
 * Where a fact comes from, event by event (its registration, corroborations, corrections): the
 * article, the sentence (a link to it) and, for an inferred fact, why it follows.
 */
export function SourcesList({ sources }: { sources: readonly SourceRowFragment[] }) {
  if (sources.length === 0) return <p className="empty">No sources recorded.</p>;
  return (
    <ol className="sources">
      {sources.map((s) => (
        <li key={s.eventId}>
          <p className="meta">
            <span className="tag">{inWords(s.eventType)}</span>
            <span className="known-since">log #{s.position}</span>
            <span>
              {s.publisher}, {s.publishedOn}:{" "}
              <Link to={articlePath(s.articleId)}>{s.articleTitle}</Link>
            </span>
          </p>
          <Link className="quote" to={articlePath(s.articleId, s.quote)}>
            “{s.quote}”
          </Link>
          {s.note && <p className="note">Why: {s.note}</p>}
        </li>
      ))}
    </ol>
  );
}
