import type { IncidentItemFragment } from "../generated/graphql";
import { CertaintyBadge } from "./CertaintyBadge";
import { ClaimsNote } from "./ClaimsNote";
import { EntityLinks } from "./EntityLinks";
import { FactList } from "./FactList";
import { WorldTime } from "./WorldTime";

/**
 * Incidents, each with when (as precise as the source), what it affected and its quotes, and
 * where the sources disagree on it (its date, its title), each value with its sources.
 */
export function IncidentList({ incidents }: { incidents: readonly IncidentItemFragment[] }) {
  return (
    <FactList
      facts={incidents}
      of="Incident"
      title={(incident) => incident.title}
      meta={(incident) => (
        <>
          <WorldTime at={incident.occurredAt} precision={incident.occurredAtPrecision} />
          <CertaintyBadge certainty={incident.certainty} />
          {incident.affected.length > 0 && (
            <span>
              affected <EntityLinks entities={incident.affected} />
            </span>
          )}
        </>
      )}
      after={(incident) => <ClaimsNote claims={incident.claims} />}
    />
  );
}
