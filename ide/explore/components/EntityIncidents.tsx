import { useQuery } from "@apollo/client/react";
import {
  EntityIncidentsDocument,
  type EntityIncidentsQuery,
  type EntityKind,
} from "../generated/graphql";
import introspection from "../generated/possibleTypes";
import { IncidentList } from "./IncidentList";
import { MoreButton } from "./MoreButton";

const HARDWARE: readonly string[] = introspection.possibleTypes.Hardware ?? [];

/** The heading of the kinds whose incidents page (a person, hardware); null for the others. */
function headingOf(kind: EntityKind): string | null {
  if (kind === "Person") return "Incidents of the craft they crew, and those they reported";
  if (HARDWARE.includes(kind)) return "Incidents (its own, its parts', docked vehicles')";
  return null;
}

/** The entity's page of incidents, whichever of the two fields its kind has. */
function pageOf(entity: EntityIncidentsQuery["entity"]) {
  if (entity && "incidentsPage" in entity) return entity.incidentsPage;
  if (entity && "incidentsIncludingPartsPage" in entity) return entity.incidentsIncludingPartsPage;
  return null;
}

/**
 * A person's incidents (of the craft they crew, and those they reported) or hardware's (its own,
 * its parts', docked vehicles'), a page at a time: "More incidents" asks for the page after the last cursor, and
 * the cache appends it. Nothing for the kinds without such a list.
 */
export function EntityIncidents({ id, kind }: { id: string; kind: EntityKind }) {
  const heading = headingOf(kind);
  const { data, error, fetchMore } = useQuery(EntityIncidentsDocument, {
    variables: { id },
    skip: heading === null,
  });
  const page = pageOf(data?.entity ?? null);
  if (heading === null) return null;
  return (
    <section aria-labelledby="incidents">
      <h2 id="incidents">{heading}</h2>
      {error ? (
        <p role="alert" className="error">
          The incidents could not be read: {error.message}
        </p>
      ) : page ? (
        <>
          <IncidentList incidents={page.edges.map((edge) => edge.node)} />
          <MoreButton
            label="More incidents"
            hasMore={page.pageInfo.hasNextPage}
            onMore={() => fetchMore({ variables: { after: page.pageInfo.endCursor } })}
          />
        </>
      ) : (
        <p className="loading" aria-busy="true">
          Loading incidents…
        </p>
      )}
    </section>
  );
}
