import { useQuery } from "@apollo/client/react";
import { EntityFactsDocument, type EntityFactsQuery, type EntityKind } from "../generated/graphql";
import { IncidentList } from "./IncidentList";
import { QueryState } from "./QueryState";
import { StatementList } from "./StatementList";

type Facts = NonNullable<EntityFactsQuery["entity"]>;

/** The query's variables that include only this kind's part ($isModule: true, ...). */
function kindFlags(kind: EntityKind) {
  return { [`is${kind}`]: true };
}

/** A person's incidents come through the craft they crew; hardware's include its parts'. */
function incidentsOf(facts: Facts) {
  if ("incidentsIncludingParts" in facts && facts.incidentsIncludingParts)
    return {
      heading: "Incidents (its own, its parts', docked vehicles')",
      list: facts.incidentsIncludingParts,
    };
  if ("incidents" in facts && facts.incidents)
    return { heading: "Incidents of the craft they crew", list: facts.incidents };
  if ("reportedIncidents" in facts && facts.reportedIncidents)
    return { heading: "Incidents it reported", list: facts.reportedIncidents };
  return null;
}

/** An entity's incidents, what was said about it and what it said (asked once its kind is known). */
export function EntityFacts({ id, kind }: { id: string; kind: EntityKind }) {
  const { data, error, loading } = useQuery(EntityFactsDocument, {
    variables: { id, ...kindFlags(kind) },
  });
  return (
    <QueryState data={data?.entity} error={error} loading={loading}>
      {(facts) => {
        const incidents = incidentsOf(facts);
        // Fields of other kinds are left out of the answer (their @include is false).
        const about = ("statementsAbout" in facts && facts.statementsAbout) || [];
        const said = ("statements" in facts && facts.statements) || [];
        return (
          <>
            {incidents && (
              <section aria-labelledby="incidents">
                <h2 id="incidents">{incidents.heading}</h2>
                <IncidentList incidents={incidents.list} />
              </section>
            )}
            <section aria-labelledby="said-about">
              <h2 id="said-about">What was said about it</h2>
              <StatementList statements={about} />
            </section>
            {said.length > 0 && (
              <section aria-labelledby="said-by">
                <h2 id="said-by">What it said</h2>
                <StatementList statements={said} />
              </section>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
