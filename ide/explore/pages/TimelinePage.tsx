import { useQuery } from "@apollo/client/react";
import { useMemo, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { MoreButton } from "../components/MoreButton";
import { QueryState } from "../components/QueryState";
import { TimelineChart } from "../components/TimelineChart";
import {
  TimelineEntryLabel,
  type FactDisputes,
  type FactSources,
  type TimelineClaim,
} from "../components/TimelineEntryLabel";
import {
  EntityNameDocument,
  TimelineEntriesDocument,
  TimelinePageDocument,
  TimelineSourcesDocument,
  type TimelinePageQuery,
  type TimelineRowFragment,
} from "../generated/graphql";
import { nodePath, timelinePath } from "../lib/paths";
import { usePageTitle } from "../lib/usePageTitle";

const DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

/**
 * The articles behind the entries' quotes, and the titles of the incidents they belong to, in one
 * query for all the entries.
 */
function useFactSources(entries: readonly TimelineRowFragment[]): FactSources {
  const ids = (kind: TimelineRowFragment["kind"]) =>
    entries.filter((e) => e.kind === kind).map((e) => e.factId);
  const incidentIds = [...new Set(entries.flatMap((e) => (e.incidentId ? [e.incidentId] : [])))];
  const { data } = useQuery(TimelineSourcesDocument, {
    variables: { incidentIds, updateIds: ids("UPDATE"), statementIds: ids("STATEMENT") },
    skip: entries.length === 0,
  });
  return useMemo(
    () =>
      new Map(
        [
          ...(data?.incidents ?? []),
          ...(data?.incidentUpdates ?? []),
          ...(data?.statements ?? []),
        ].map((f) => [f.id, f]),
      ),
    [data],
  );
}

/** The claims of each disputed fact, each with the field it gives and an id of its own. */
function disputesByFact(disputes: TimelinePageQuery["disputes"] | undefined): FactDisputes {
  const byFact = new Map<string, TimelineClaim[]>();
  for (const { factId, field, claims } of disputes ?? [])
    byFact.set(factId, [
      ...(byFact.get(factId) ?? []),
      ...claims.map((claim) => ({ ...claim, id: `${factId}#${claim.claimId}`, field })),
    ]);
  return byFact;
}

/**
 * The timeline of incidents, updates and statements (all, or about one node), between two dates
 * as precise as one likes: 2020, 2020-08, 2020-08-15.
 */
export function TimelinePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const about = params.get("about");
  const from = params.get("from");
  const until = params.get("until");
  // The entries a page at a time (the cache appends each page fetchMore asks for), the disputes
  // beside them.
  const { data, error, loading, fetchMore } = useQuery(TimelineEntriesDocument, {
    variables: { about, from, until },
  });
  const disputed = useQuery(TimelinePageDocument, { variables: { about, from, until } });
  const subject = useQuery(EntityNameDocument, { variables: { id: about ?? "" }, skip: !about });
  const timeline = useMemo(() => {
    const all = data?.timelineConnection.edges.map((edge) => edge.node) ?? [];
    return {
      entries: all.filter((e) => e.earliest !== null),
      undated: all.filter((e) => e.earliest === null),
    };
  }, [data]);
  const sources = useFactSources([...timeline.entries, ...timeline.undated]);
  const disputes = useMemo(() => disputesByFact(disputed.data?.disputes), [disputed.data]);
  const name = subject.data?.entity?.name ?? about;
  usePageTitle(about ? `Timeline of ${name}` : "Timeline");

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void navigate(
      timelinePath({
        about,
        from: String(form.get("from") ?? ""),
        until: String(form.get("until") ?? ""),
      }),
    );
  };

  return (
    <article className="page timeline-page">
      <header className="page-header">
        <h1>
          Timeline
          {about && (
            <>
              {" "}
              of{" "}
              <Link to={nodePath(subject.data?.entity?.__typename ?? "Incident", about)}>
                {name}
              </Link>
            </>
          )}
        </h1>
        <p className="description">
          Incidents, what was learnt about them and what was said, in world-time order. Each is
          drawn over the whole span its date may mean: a month covers its month. Where spans overlap
          the sources do not say which came first, and the entry says “order not certain”.
        </p>
        <form className="filters" onSubmit={onSubmit} key={`${from}|${until}`}>
          {(
            [
              ["from", "From", from, "2020 or 2020-08"],
              ["until", "Until", until, "2024-02-29"],
            ] as const
          ).map(([name, label, value, example]) => (
            <label key={name}>
              {label}{" "}
              <input
                name={name}
                defaultValue={value ?? ""}
                placeholder={example}
                pattern={DATE}
                inputMode="numeric"
                size={10}
              />
            </label>
          ))}
          <button type="submit">Show</button>
          {(about || from || until) && <Link to={timelinePath()}>Everything</Link>}
        </form>
      </header>
      <QueryState data={data} error={error} loading={loading}>
        {({ timelineConnection: { pageInfo, totalCount } }) => (
          <>
            {timeline.entries.length === 0 ? (
              <p className="empty">Nothing dated in this range.</p>
            ) : (
              <TimelineChart entries={timeline.entries} sources={sources} disputes={disputes} />
            )}
            {timeline.undated.length > 0 && (
              <section aria-labelledby="undated">
                <h2 id="undated">Undated</h2>
                <p className="description">The sources give no date for these.</p>
                <ul className="facts undated">
                  {timeline.undated.map((entry) => (
                    <li
                      key={`${entry.kind}:${entry.factId}`}
                      className="fact"
                      data-fact={entry.factId}
                    >
                      <TimelineEntryLabel entry={entry} sources={sources} disputes={disputes} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <MoreButton
              label={`More (${timeline.entries.length + timeline.undated.length} of ${totalCount} shown)`}
              hasMore={pageInfo.hasNextPage}
              onMore={() => fetchMore({ variables: { after: pageInfo.endCursor } })}
            />
          </>
        )}
      </QueryState>
    </article>
  );
}
