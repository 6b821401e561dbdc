import { useQuery } from "@apollo/client/react";
import { EntityFactsDocument, type EntityKind } from "../generated/graphql";
import { EntityIncidents } from "./EntityIncidents";
import { IncidentList } from "./IncidentList";
import { ListSection } from "./ListSection";
import { QueryState } from "./QueryState";
import { StatementList } from "./StatementList";

/** The query's variables that include only this kind's part ($isModule: true, ...). */
function kindFlags(kind: EntityKind) {
  return { [`is${kind}`]: true };
}

/** How many of its statements, and of the incidents an agency reported, a list shows: the newest. */
const LISTED = 50;

/**
 * An entity's incidents (a person's and hardware's a page at a time, an agency's reports), what
 * was said about it and what it said (asked once its kind is known; the pages of incidents beside
 * the rest, in a query of their own). The lists of statements and reports show the newest
 * LISTED; all of them are among the entity's relations, which page.
 */
export function EntityFacts({ id, kind }: { id: string; kind: EntityKind }) {
  const { data, error, loading } = useQuery(EntityFactsDocument, {
    variables: { id, listed: LISTED, ...kindFlags(kind) },
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
          return (
            <>
              {reported && (
                <ListSection
                  id="incidents"
                  name="Incidents it reported"
                  shown={reported.length}
                  limit={LISTED}
                >
                  <IncidentList incidents={reported} />
                </ListSection>
              )}
              <ListSection
                id="said-about"
                name="What was said about it"
                shown={about.length}
                limit={LISTED}
              >
                <StatementList statements={about} />
              </ListSection>
              {said.length > 0 && (
                <ListSection id="said-by" name="What it said" shown={said.length} limit={LISTED}>
                  <StatementList statements={said} />
                </ListSection>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
