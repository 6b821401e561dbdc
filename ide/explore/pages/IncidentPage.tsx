import { useEffect } from "react";
import { useLocation } from "react-router";
import { inWords } from "../../drawing/inWords";
import { CertaintyBadge } from "../components/CertaintyBadge";
import { ClaimsNote } from "../components/ClaimsNote";
import { EntityLinks } from "../components/EntityLinks";
import { EntitiesRow, FactActions, FactEyebrow, SourcesSection } from "../components/FactPageParts";
import { IncidentList } from "../components/IncidentList";
import { ListSection } from "../components/ListSection";
import { QueryState } from "../components/QueryState";
import { QuoteList } from "../components/QuoteList";
import { StatementList } from "../components/StatementList";
import { WorldTime } from "../components/WorldTime";
import { IncidentPageDocument } from "../generated/graphql";
import { updateAnchor } from "../lib/paths";
import { listHeading } from "../lib/listHeading";
import { useFactPage } from "../lib/useFactPage";
import { usePageTitle } from "../lib/usePageTitle";

/** Scrolls to the element the URL's #fragment names once it is drawn (an update, from a link). */
function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: "start" });
  }, [ready, hash]);
}

/** An incident: when, what it affected, who reported it, its updates, its neighbours, statements. */
export function IncidentPage() {
  const { hash } = useLocation();
  const { node, state, moreSources } = useFactPage(IncidentPageDocument, "incident", "incident");
  usePageTitle(node?.title);
  useScrollToHash(!!node);
  const target = decodeURIComponent(hash.slice(1));
  return (
    <QueryState {...state}>
      {({ incident, sources }) => (
        <article className="page incident-page" data-incident={incident.id}>
          <header className="page-header">
            <FactEyebrow kind="Incident" sort={incident.kind} certainty={incident.certainty} />
            <h1>{incident.title}</h1>
            <p className="when">
              <WorldTime at={incident.occurredAt} precision={incident.occurredAtPrecision} />
            </p>
            <ClaimsNote claims={incident.claims} />
            {incident.description && <p className="description">{incident.description}</p>}
            <dl className="facts-table">
              <dt>Affected</dt>
              <dd>
                <EntityLinks entities={incident.affected} />
              </dd>
              <EntitiesRow term="Reported by" entities={incident.reportedBy} />
              <EntitiesRow term="Attributed to" entities={incident.attributedTo} />
            </dl>
            <FactActions id={incident.id} knownSince={incident.knownSince} />
            <QuoteList quotes={incident.quotes} sources={incident.sources} />
          </header>

          <ListSection
            id="updates"
            name="What was learnt later"
            shown={incident.updates.length}
            total={incident.updatesConnection.totalCount}
            which="first"
          >
            {incident.updates.length === 0 ? (
              <p className="empty">No updates recorded.</p>
            ) : (
              <ul className="facts updates">
                {incident.updates.map((u) => (
                  <li
                    key={u.id}
                    id={updateAnchor(u.updateId)}
                    className={`fact${target === updateAnchor(u.updateId) ? " targeted" : ""}`}
                    data-fact={u.id}
                  >
                    <p className="title">{u.description}</p>
                    <p className="meta">
                      <span className="tag">{inWords(u.kind)}</span>
                      <WorldTime at={u.occurredAt} precision={u.occurredAtPrecision} />
                      <CertaintyBadge certainty={u.certainty} />
                      {u.likelihood && <span>({u.likelihood})</span>}
                      {u.reportedBy.length > 0 && (
                        <span>
                          reported by <EntityLinks entities={u.reportedBy} />
                        </span>
                      )}
                    </p>
                    {u.cause && <p>Cause: {u.cause}</p>}
                    {u.ruledOut && <p>Ruled out: {u.ruledOut}</p>}
                    <QuoteList quotes={u.quotes} sources={u.sources} />
                  </li>
                ))}
              </ul>
            )}
          </ListSection>

          {(incident.followed.length > 0 || incident.followedBy.length > 0) && (
            <section aria-labelledby="around">
              <h2 id="around">Incidents around it</h2>
              {incident.followed.length > 0 && (
                <>
                  <h3>It followed</h3>
                  <IncidentList incidents={incident.followed} />
                </>
              )}
              {incident.followedBy.length > 0 && (
                <>
                  <h3>
                    {listHeading("Followed by", incident.followedBy.length, {
                      total: incident.followedByConnection.totalCount,
                    })}
                  </h3>
                  <IncidentList incidents={incident.followedBy} />
                </>
              )}
            </section>
          )}

          <ListSection
            id="said-about"
            name="What was said about it"
            shown={incident.statementsAbout.length}
            total={incident.statementsAboutConnection.totalCount}
          >
            <StatementList statements={incident.statementsAbout} />
          </ListSection>

          <SourcesSection sources={sources} onMore={moreSources} />
        </article>
      )}
    </QueryState>
  );
}
