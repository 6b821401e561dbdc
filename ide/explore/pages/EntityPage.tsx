import { EntityFacts } from "../components/EntityFacts";
import { FactActions, FactEyebrow, SourcesSection } from "../components/FactPageParts";
import { QueryState } from "../components/QueryState";
import { QuoteList } from "../components/QuoteList";
import { EntityRelations } from "../components/EntityRelations";
import { EntityPageDocument } from "../generated/graphql";
import { useFactPage } from "../lib/useFactPage";
import { usePageTitle } from "../lib/usePageTitle";

/**
 * An entity: what it is (kind, name, aliases, description, certainty), its relations both ways
 * with validity and certainty, its incidents, what was said about it and by it, its sources.
 */
export function EntityPage() {
  const { node, state, moreSources } = useFactPage(EntityPageDocument, "entity", "entity");
  usePageTitle(node?.name);
  return (
    <QueryState {...state}>
      {({ entity, sources }) => (
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
            <EntityRelations id={entity.id} />
          </section>

          <EntityFacts id={entity.id} kind={entity.kind} />

          <SourcesSection sources={sources} onMore={moreSources} />
        </article>
      )}
    </QueryState>
  );
}
