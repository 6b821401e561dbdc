import { useQuery } from "@apollo/client/react";
import { useParams } from "react-router";
import { EntityFacts } from "../components/EntityFacts";
import { FactActions, FactEyebrow, SourcesSection } from "../components/FactPageParts";
import { QueryState } from "../components/QueryState";
import { QuoteList } from "../components/QuoteList";
import { RelationList } from "../components/RelationList";
import { EntityPageDocument } from "../generated/graphql";
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
              <FactEyebrow kind={entity.kind} certainty={entity.certainty} />
              <h1>{entity.name}</h1>
              {entity.aliases.length > 0 && (
                <p className="aliases">Also called: {entity.aliases.join(", ")}</p>
              )}
              {entity.description && <p className="description">{entity.description}</p>}
              <FactActions id={entity.id} knownSince={entity.knownSince} />
              <QuoteList quotes={entity.quotes} sources={entity.sources} />
            </header>

            <section aria-labelledby="relations">
              <h2 id="relations">Relations</h2>
              <RelationList relations={[...outgoing, ...incoming]} self={entity.id} />
            </section>

            <EntityFacts id={entity.id} kind={entity.kind} />

            <SourcesSection sources={sources} />
          </article>
        );
      }}
    </QueryState>
  );
}
