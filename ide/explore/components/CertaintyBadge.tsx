import type { Certainty } from "../generated/graphql";

const MEANING: Record<Certainty, string> = {
  asserted: "asserted: the article says it",
  inferred: "inferred: it only follows from what the article says (see the source's note)",
};

/** asserted or inferred, with what each means. */
export function CertaintyBadge({ certainty }: { certainty: Certainty | null | undefined }) {
  if (!certainty) return null;
  return (
    <span className={`certainty certainty-${certainty}`} title={MEANING[certainty]}>
      {certainty}
    </span>
  );
}
