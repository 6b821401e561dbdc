import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { CertaintyBadge } from "../components/CertaintyBadge";
import { EntityFacts } from "../components/EntityFacts";
import { KindBadge } from "../components/KindBadge";
import { QueryState } from "../components/QueryState";
import { QuoteList } from "../components/QuoteList";
import { RelationList } from "../components/RelationList";
import { SourcesList } from "../components/SourcesList";
import { EntityPageDocument } from "../generated/graphql";
import { graphPath, timelinePath } from "../lib/paths";
import { usePageTitle } from "../lib/usePageTitle";

/**
 * An entity: what it is (kind, name, aliases, description, certainty), its relations both ways
 * with validity and certainty, its incidents, what was said about it and by it, its sources.
 */
export function EntityPage() {
  const { id = "" } = useParams();
  const { data, error, loading } = useQuery(EntityPageDocument, {
    variables: { id, factId: id },
  });
  usePageTitle(data?.entity?.name);
  return (
    <QueryState
      data={data && (data.entity ? data : null)}
      error={error}
      loading={loading}
      notFound={`No entity has the id “${id}”.`}
    >
      {({ entity, outgoing, incoming, sources }) => {
        if (!entity) return null;
        return (
          <article className="page entity-page" data-entity={entity.id}>
            <header className="page-header">
              <p className="eyebrow">
                <KindBadge kind={entity.kind} /> <CertaintyBadge certainty={entity.certainty} />
              </p>
              <h1>{entity.name}</h1>
              {entity.aliases.length > 0 && (
                <p className="aliases">Also called: {entity.aliases.join(", ")}</p>
              )}
              {entity.description && <p className="description">{entity.description}</p>}
              <p className="actions">
                <Link to={graphPath(entity.id)}>Graph around it</Link>
                <Link to={timelinePath({ about: entity.id })}>Its timeline</Link>
                <span className="known-since">known since log #{entity.knownSince}</span>
              </p>
              <QuoteList quotes={entity.quotes} sources={entity.sources} />
            </header>

            <section aria-labelledby="relations">
              <h2 id="relations">Relations</h2>
              <RelationList relations={[...outgoing, ...incoming]} self={entity.id} />
            </section>

            <EntityFacts id={entity.id} kind={entity.kind} />

            <section aria-labelledby="sources">
              <h2 id="sources">Sources</h2>
              <SourcesList sources={sources} />
            </section>
          </article>
        );
      }}
    </QueryState>
  );
}
