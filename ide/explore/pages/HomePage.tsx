import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { KindBadge } from "../components/KindBadge";
import { QueryState } from "../components/QueryState";
import { WorldTime } from "../components/WorldTime";
import { HomePageDocument, type EntityRefFragment } from "../generated/graphql";
import { articlePath, graphPath, nodePath, timelinePath } from "../lib/paths";
import { usePageTitle } from "../lib/usePageTitle";

function byKind(entities: readonly EntityRefFragment[]): [string, EntityRefFragment[]][] {
  const groups = new Map<string, EntityRefFragment[]>();
  for (const e of entities) groups.set(e.__typename, [...(groups.get(e.__typename) ?? []), e]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** The start: what the graph holds (articles, incidents, entities by kind) and where to go. */
export function HomePage() {
  const { data, error, loading } = useQuery(HomePageDocument);
  usePageTitle(null);
  return (
    <article className="page home-page">
      <header className="page-header">
        <h1>What the news says about the International Space Station</h1>
        <p className="description">
          Every fact here cites the sentence of the article it comes from. Search with <kbd>/</kbd>,
          follow the links, see the <Link to={timelinePath()}>timeline</Link> or the{" "}
          <Link to={graphPath("iss")}>graph</Link>.
        </p>
      </header>
      <QueryState data={data} error={error} loading={loading}>
        {({ articles, incidents, entities, logPosition }) => (
          <div className="home-grid">
            <section aria-labelledby="articles">
              <h2 id="articles">Articles</h2>
              <ul className="plain-list">
                {articles.map((a) => (
                  <li key={a.id}>
                    <Link to={articlePath(a.id)}>{a.title}</Link>
                    <span className="meta">
                      {" "}
                      · {a.publisher}, {a.publishedOn}
                    </span>
                  </li>
                ))}
              </ul>
              <h2 id="incidents">Incidents</h2>
              <ul className="plain-list">
                {incidents.map((i) => (
                  <li key={i.id}>
                    <Link to={nodePath("Incident", i.id)}>{i.title}</Link>
                    <span className="meta">
                      {" "}
                      · <WorldTime at={i.occurredAt} precision={i.occurredAtPrecision} />
                    </span>
                  </li>
                ))}
              </ul>
              <p className="meta">The log holds {logPosition} events.</p>
            </section>
            <section aria-labelledby="entities">
              <h2 id="entities">Entities</h2>
              {byKind(entities).map(([kind, group]) => (
                <div key={kind} className="kind-group">
                  <h3>
                    <KindBadge kind={kind} />
                  </h3>
                  <ul className="inline-list">
                    {group.map((e) => (
                      <li key={e.id}>
                        <Link to={nodePath(e.__typename, e.id)}>{e.name}</Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          </div>
        )}
      </QueryState>
    </article>
  );
}
