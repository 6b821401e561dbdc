import { Link } from "react-router";
import type { ClaimRank, Precision } from "../generated/graphql";
import { articlePath } from "../lib/paths";
import { QuoteList } from "./QuoteList";
import { WorldTime } from "./WorldTime";

export interface ClaimItem {
  id: string;
  field: string;
  value?: string | null;
  precision?: Precision | null;
  rank: ClaimRank;
  reason?: string | null;
  sources: readonly string[];
  /** The sentences that give it, quotes[i] from sources[i]: shown where given. */
  quotes?: readonly string[];
}

const FIELD_NAMES: Record<string, string> = {
  occurredAt: "the date",
  title: "the title",
  text: "the words",
  kind: "the kind",
  description: "the description",
};

/** The fields whose claims disagree (two or more not deprecated), each with those claims. */
export function disputedFields<C extends ClaimItem>(claims: readonly C[]): [string, C[]][] {
  const byField = new Map<string, C[]>();
  for (const claim of claims)
    if (claim.rank !== "deprecated")
      byField.set(claim.field, [...(byField.get(claim.field) ?? []), claim]);
  return [...byField]
    .filter(([, live]) => live.length >= 2)
    .map(([field, live]) => [
      field,
      [...live].sort((a, b) => (a.rank === "preferred" ? -1 : b.rank === "preferred" ? 1 : 0)),
    ]);
}

/**
 * Where sources disagree on a field of the fact (two claims or more not deprecated): each value
 * with its articles (and, where given, their sentences), the preferred one first with why it is
 * preferred. Nothing when they agree.
 */
export function ClaimsNote({ claims }: { claims: readonly ClaimItem[] }) {
  const disputed = disputedFields(claims);
  if (disputed.length === 0) return null;
  return (
    <aside className="claims-note" aria-label="Sources disagree">
      {disputed.map(([field, live]) => (
        <div key={field} data-disputed={field}>
          <p>Sources disagree on {FIELD_NAMES[field] ?? field}:</p>
          <ul className="claims">
            {live.map((claim) => (
              <li key={claim.id} className={`claim claim-${claim.rank}`} data-rank={claim.rank}>
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
                {claim.quotes && <QuoteList quotes={claim.quotes} sources={claim.sources} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </aside>
  );
}
