import { Link } from "react-router";
import type { ClaimRank, Precision } from "../generated/graphql";
import { articlePath } from "../lib/paths";
import { WorldTime } from "./WorldTime";

interface ClaimItem {
  id: string;
  field: string;
  value?: string | null;
  precision?: Precision | null;
  rank: ClaimRank;
  reason?: string | null;
  sources: readonly string[];
}

const FIELD_NAMES: Record<string, string> = {
  occurredAt: "the date",
  title: "the title",
  text: "the words",
  kind: "the kind",
  description: "the description",
};

/**
 * Where sources disagree on a field of the fact (two claims or more not deprecated): each value
 * with its articles, the preferred one first with why it is preferred. Nothing when they agree.
 */
export function ClaimsNote({ claims }: { claims: readonly ClaimItem[] }) {
  const byField = new Map<string, ClaimItem[]>();
  for (const claim of claims)
    if (claim.rank !== "deprecated")
      byField.set(claim.field, [...(byField.get(claim.field) ?? []), claim]);
  const disputed = [...byField].filter(([, live]) => live.length >= 2);
  if (disputed.length === 0) return null;
  return (
    <aside className="claims-note" aria-label="Sources disagree">
      {disputed.map(([field, live]) => (
        <p key={field} data-disputed={field}>
          Sources disagree on {FIELD_NAMES[field] ?? field}:{" "}
          {[...live]
            .sort((a, b) => (a.rank === "preferred" ? -1 : b.rank === "preferred" ? 1 : 0))
            .map((claim, i) => (
              <span key={claim.id} className={`claim claim-${claim.rank}`}>
                {i > 0 && "; "}
                {field === "occurredAt" ? (
                  <WorldTime at={claim.value} precision={claim.precision} />
                ) : (
                  <q>{claim.value}</q>
                )}{" "}
                (
                {claim.sources.map((source, j) => (
                  <span key={source}>
                    {j > 0 && ", "}
                    <Link to={articlePath(source)}>{source}</Link>
                  </span>
                ))}
                {claim.rank === "preferred" ? ", preferred" : ""}
                {claim.rank === "preferred" && claim.reason ? `: ${claim.reason}` : ""})
              </span>
            ))}
        </p>
      ))}
    </aside>
  );
}
