import type { EntityRefFragment } from "../generated/graphql";
import { NodeLink } from "./NodeLink";

/** A comma-separated list of entities, each a link to its page. */
export function EntityLinks({ entities }: { entities: readonly EntityRefFragment[] }) {
  return (
    <span className="entity-links">
      {entities.map((e, i) => (
        <span key={e.id}>
          {i > 0 && ", "}
          <NodeLink kind={e.__typename} id={e.id} label={e.name} badge={false} />
        </span>
      ))}
    </span>
  );
}
