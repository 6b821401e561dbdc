import { EntityLinks } from "../components/EntityLinks";
import { EntitiesRow, FactActions, FactEyebrow, SourcesSection } from "../components/FactPageParts";
import { NodeLink } from "../components/NodeLink";
import { QueryState } from "../components/QueryState";
import { QuoteList } from "../components/QuoteList";
import { WorldTime } from "../components/WorldTime";
import { StatementPageDocument } from "../generated/graphql";
import { useFactPage } from "../lib/useFactPage";
import { usePageTitle } from "../lib/usePageTitle";

/** A statement: what was said, who said it (named or attributed), about what, carried by whom. */
export function StatementPage() {
  const { node, state, moreSources } = useFactPage(StatementPageDocument, "statement", "statement");
  usePageTitle(node ? `Statement: ${node.text.slice(0, 60)}` : null);
  return (
    <QueryState {...state}>
      {({ statement, sources }) => (
        <article className="page statement-page" data-statement={statement.id}>
          <header className="page-header">
            <FactEyebrow kind="Statement" sort={statement.kind} certainty={statement.certainty} />
            <h1 className="statement-text">“{statement.text}”</h1>
            <dl className="facts-table">
              <dt>Said by</dt>
              <dd>
                {statement.speakers.length > 0 ? (
                  <EntityLinks entities={statement.speakers} />
                ) : (
                  "not named"
                )}
                {statement.speakerDescription &&
                  ` (the article: “${statement.speakerDescription}”)`}
              </dd>
              <dt>When</dt>
              <dd>
                <WorldTime at={statement.occurredAt} precision={statement.occurredAtPrecision} />
              </dd>
              <dt>About</dt>
              <dd>
                {statement.about.length === 0
                  ? "nothing named"
                  : statement.about.map((a, i) => (
                      <span key={`${a.__typename}:${a.id}`}>
                        {i > 0 && ", "}
                        <NodeLink
                          kind={a.__typename}
                          id={a.id}
                          label={
                            a.__typename === "Incident"
                              ? a.title
                              : a.__typename === "Statement"
                                ? a.text
                                : a.name
                          }
                        />
                      </span>
                    ))}
              </dd>
              <EntitiesRow term="Carried by" entities={statement.carriedBy} />
            </dl>
            <FactActions id={statement.id} knownSince={statement.knownSince} timeline={false} />
            <QuoteList quotes={statement.quotes} sources={statement.sources} />
          </header>
          <SourcesSection sources={sources} onMore={moreSources} />
        </article>
      )}
    </QueryState>
  );
}
