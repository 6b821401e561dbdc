import { Link } from "react-router";
import type { IncidentItemFragment } from "../generated/graphql";
import { inWords } from "../../drawing/inWords";
import { nodePath } from "../lib/paths";
import { CertaintyBadge } from "./CertaintyBadge";
import { ClaimsNote } from "./ClaimsNote";
import { EntityLinks } from "./EntityLinks";
import { QuoteList } from "./QuoteList";
import { WorldTime } from "./WorldTime";

/**
 * Incidents, each with when (as precise as the source), what it affected and its quotes, and
 * where the sources disagree on it (its date, its title), each value with its sources.
 */
export function IncidentList({ incidents }: { incidents: readonly IncidentItemFragment[] }) {
  if (incidents.length === 0) return <p className="empty">None recorded.</p>;
  return (
    <ul className="facts incidents">
      {incidents.map((incident) => (
        <li key={incident.id} className="fact" data-fact={incident.id}>
          <p className="title">
            <Link to={nodePath("Incident", incident.id)}>{incident.title}</Link>
          </p>
          <p className="meta">
            <span className="tag">{inWords(incident.kind)}</span>
            <WorldTime at={incident.occurredAt} precision={incident.occurredAtPrecision} />
            <CertaintyBadge certainty={incident.certainty} />
            {incident.affected.length > 0 && (
              <span>
                affected <EntityLinks entities={incident.affected} />
              </span>
            )}
          </p>
          <QuoteList quotes={incident.quotes} sources={incident.sources} />
          <ClaimsNote claims={incident.claims} />
        </li>
      ))}
    </ul>
  );
}
