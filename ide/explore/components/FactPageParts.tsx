import { Link } from "react-router";
import { inWords } from "../../drawing/inWords";
import type { Certainty, EntityRefFragment, SourcesPageRowsFragment } from "../generated/graphql";
import { graphPath, timelinePath } from "../lib/paths";
import { CertaintyBadge } from "./CertaintyBadge";
import { EntityLinks } from "./EntityLinks";
import { KindBadge } from "./KindBadge";
import { MoreButton } from "./MoreButton";
import { SourcesList } from "./SourcesList";

// What the pages of an entity, an incident and a statement share: the line above the title, the
// links below it, a row of linked entities, and the sources at the end.

/** Above a fact's title: its kind, what sort of it (an incident's kind...), its certainty. */
export function FactEyebrow({
  kind,
  sort,
  certainty,
}: {
  kind: string;
  sort?: string;
  certainty: Certainty | null;
}) {
  return (
    <p className="eyebrow">
      <KindBadge kind={kind} /> {sort && <span className="tag">{inWords(sort)}</span>}{" "}
      <CertaintyBadge certainty={certainty} />
    </p>
  );
}

/** Below a fact's title: its graph, its timeline (where it has one), when the log learnt it. */
export function FactActions({
  id,
  knownSince,
  timeline = true,
}: {
  id: string;
  knownSince: number;
  timeline?: boolean;
}) {
  return (
    <p className="actions">
      <Link to={graphPath(id)}>Graph around it</Link>
      {timeline && <Link to={timelinePath({ about: id })}>Its timeline</Link>}
      <span className="known-since">known since log #{knownSince}</span>
    </p>
  );
}

/** A term of a fact's table with the entities it names; nothing when it names none. */
export function EntitiesRow({
  term,
  entities,
}: {
  term: string;
  entities: readonly EntityRefFragment[];
}) {
  if (entities.length === 0) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>
        <EntityLinks entities={entities} />
      </dd>
    </>
  );
}

/**
 * Where a fact comes from, event by event, at the end of its page: the pages read so far, and
 * "More sources" while more follow.
 */
export function SourcesSection({
  sources,
  onMore,
}: {
  sources: SourcesPageRowsFragment;
  onMore: (after: string | null) => Promise<unknown>;
}) {
  const { hasNextPage, endCursor } = sources.pageInfo;
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">Sources</h2>
      <SourcesList sources={sources.edges.map((edge) => edge.node)} />
      <MoreButton label="More sources" hasMore={hasNextPage} onMore={() => onMore(endCursor)} />
    </section>
  );
}
