import { resolveAsKnown, resolveAsNew, type Draft, type Review } from "../lib/draftReview";

/**
 * The new candidates that may be entities the graph knows: use the known one instead (every entry
 * then names it), or keep the candidate as a new entity (registered as distinct from them).
 */
export function DuplicateChoices({
  candidates,
  review,
  onChange,
}: {
  candidates: Draft["candidates"];
  review: Review;
  onChange: (review: Review) => void;
}) {
  const doubtful = candidates.filter((c) => c.possibleDuplicates.length > 0);
  if (doubtful.length === 0) return null;
  return (
    <section className="draft-duplicates" aria-labelledby="draft-duplicates">
      <h2 id="draft-duplicates">Possible duplicates</h2>
      <ul className="plain-list">
        {doubtful.map((candidate) => {
          const resolved = review.resolved[candidate.entityId];
          const known = candidate.possibleDuplicates;
          return (
            <li key={candidate.entityId} data-candidate={candidate.entityId}>
              “{candidate.name}” ({candidate.kind}) may be{" "}
              {known.map((k) => `“${k.name}” (${k.entityId})`).join(" or ")}.{" "}
              {known.map((k) => (
                <button
                  key={k.entityId}
                  type="button"
                  aria-pressed={resolved === k.entityId}
                  disabled={resolved !== undefined}
                  onClick={() => onChange(resolveAsKnown(review, candidate.entityId, k.entityId))}
                >
                  Use {k.entityId}
                </button>
              ))}{" "}
              <button
                type="button"
                aria-pressed={resolved === "new"}
                disabled={resolved !== undefined}
                onClick={() =>
                  onChange(
                    resolveAsNew(
                      review,
                      candidate.entityId,
                      known.map((k) => k.entityId),
                    ),
                  )
                }
              >
                Keep it new
              </button>
              {resolved && (
                <span className="meta resolution">
                  {" "}
                  · {resolved === "new" ? "kept as a new entity" : `uses ${resolved}`}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
