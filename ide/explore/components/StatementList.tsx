import { Link } from "react-router";
import type { StatementItemFragment } from "../generated/graphql";
import { inWords } from "../../drawing/inWords";
import { nodePath } from "../lib/paths";
import { CertaintyBadge } from "./CertaintyBadge";
import { EntityLinks } from "./EntityLinks";
import { QuoteList } from "./QuoteList";
import { WorldTime } from "./WorldTime";

/** Statements: what was said, by whom (named, or as the article describes them), when, quotes. */
export function StatementList({ statements }: { statements: readonly StatementItemFragment[] }) {
  if (statements.length === 0) return <p className="empty">None recorded.</p>;
  return (
    <ul className="facts statements">
      {statements.map((s) => (
        <li key={s.id} className="fact" data-fact={s.id}>
          <p className="title">
            <Link to={nodePath("Statement", s.id)}>{s.text}</Link>
          </p>
          <p className="meta">
            <span className="tag">{inWords(s.kind)}</span>
            <span>
              by{" "}
              {s.speakers.length > 0 ? (
                <EntityLinks entities={s.speakers} />
              ) : (
                (s.speakerDescription ?? "someone unnamed")
              )}
              {s.speakers.length > 0 && s.speakerDescription && ` (“${s.speakerDescription}”)`}
            </span>
            <WorldTime at={s.occurredAt} precision={s.occurredAtPrecision} />
            <CertaintyBadge certainty={s.certainty} />
          </p>
          <QuoteList quotes={s.quotes} sources={s.sources} />
        </li>
      ))}
    </ul>
  );
}
