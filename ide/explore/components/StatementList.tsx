import type { StatementItemFragment } from "../generated/graphql";
import { CertaintyBadge } from "./CertaintyBadge";
import { EntityLinks } from "./EntityLinks";
import { FactList } from "./FactList";
import { WorldTime } from "./WorldTime";

/** Statements: what was said, by whom (named, or as the article describes them), when, quotes. */
export function StatementList({ statements }: { statements: readonly StatementItemFragment[] }) {
  return (
    <FactList
      facts={statements}
      of="Statement"
      title={(s) => s.text}
      meta={(s) => (
        <>
          <span>
            by{" "}
            {s.speakers.length > 0 ? (
              <EntityLinks entities={s.speakers} />
            ) : (
              (s.speakerDescription ?? "someone unnamed")
            )}
            {s.speakers.length > 0 && s.speakerDescription && ` (“${s.speakerDescription}”)`}
          </span>
          <WorldTime at={s.occurredAt} precision={s.occurredAtPrecision} />
          <CertaintyBadge certainty={s.certainty} />
        </>
      )}
    />
  );
}
