import { useQuery } from "@apollo/client/react";
import { EntityFactsDocument, type EntityKind } from "../generated/graphql";
import { EntityIncidents } from "./EntityIncidents";
import { listHeading } from "../lib/listHeading";
import { IncidentList } from "./IncidentList";
import { QueryState } from "./QueryState";
import { StatementList } from "./StatementList";

/** The query's variables that include only this kind's part ($isModule: true, ...). */
function kindFlags(kind: EntityKind) {
  return { [`is${kind}`]: true };
}

/**
 * An entity's incidents (a person's and hardware's a page at a time, an agency's reports), what
 * was said about it and what it said (asked once its kind is known; the pages of incidents beside
 * the rest, in a query of their own). The lists of statements and reports show the newest
 * (EntityFacts' $listed) with their number; all of them are among the entity's relations, which page.
 */
export function EntityFacts({ id, kind }: { id: string; kind: EntityKind }) {
  const { data, error, loading } = useQuery(EntityFactsDocument, {
    variables: { id, ...kindFlags(kind) },
  });
  return (
    <>
      <EntityIncidents id={id} kind={kind} />
      <QueryState data={data?.entity} error={error} loading={loading}>
        {(facts) => {
          // Fields of other kinds are left out of the answer (their @include is false).
          const reported = ("reportedIncidents" in facts && facts.reportedIncidents) || null;
          const about = ("statementsAbout" in facts && facts.statementsAbout) || [];
          const said = ("statements" in facts && facts.statements) || [];
          const total = {
            reported:
              "reportedIncidentsConnection" in facts
                ? facts.reportedIncidentsConnection?.totalCount
                : undefined,
            about:
              "statementsAboutConnection" in facts
                ? facts.statementsAboutConnection?.totalCount
                : undefined,
            said:
              "statementsConnection" in facts ? facts.statementsConnection?.totalCount : undefined,
          };
          return (
            <>
              {reported && (
                <section aria-labelledby="incidents">
                  <h2 id="incidents">
                    {listHeading("Incidents it reported", reported.length, total.reported)}
                  </h2>
                  <IncidentList incidents={reported} />
                </section>
              )}
              <section aria-labelledby="said-about">
                <h2 id="said-about">
                  {listHeading("What was said about it", about.length, total.about)}
                </h2>
                <StatementList statements={about} />
              </section>
              {said.length > 0 && (
                <section aria-labelledby="said-by">
                  <h2 id="said-by">{listHeading("What it said", said.length, total.said)}</h2>
                  <StatementList statements={said} />
                </section>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
