import type { Source } from "../../domain/source";
import type { WorldTime } from "../../domain/WorldTime";

/**
 * Claims: each value a source gives a field of a fact, kept side by side when sources disagree,
 * each with its sources and a rank, as Wikidata keeps statements. The preferred claim is the
 * fact's current value; a correction adds a preferred claim and deprecates the one it replaces,
 * with its reason; a disagreeing source adds a normal one. Nothing is overwritten.
 *
 * A field's claims are numbered in the order they were first stated, `<field>-1` being the value
 * the fact was stated with; a field has claims only once a second value was given for it (until
 * then its one value is the fact's, with the fact's sources). The projection numbers them by the
 * same rule, so the log carries no claim bookkeeping beyond what its events say.
 */
export const RANKS = ["preferred", "normal", "deprecated"] as const;
export type Rank = (typeof RANKS)[number];

/** A claimed value: a text, a world time, or none (a cleared validity bound). */
export type ClaimValue = string | WorldTime | null;

export interface ClaimState {
  claimId: string;
  value: ClaimValue;
  rank: Rank;
  /** Why it was deprecated (or why another was preferred over it). */
  reason?: string | undefined;
  sources: Source[];
}

/** Every field's claims, by field; a field without claims has only the fact's value. */
export type Claims = Readonly<Record<string, readonly ClaimState[]>>;

/** The field a claim id belongs to: occurredAt-2 -> occurredAt. */
export function fieldOfClaim(claimId: string): string {
  return claimId.slice(0, claimId.lastIndexOf("-"));
}

export function claimId(field: string, ordinal: number): string {
  return `${field}-${ordinal}`;
}

/** Whether two values are the same claim (world times by value and precision). */
export function sameValue(a: ClaimValue, b: ClaimValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A field's claims, with the value the fact was stated with as claim 1 when the field had none
 * yet (its sources: the fact's first source).
 */
export function claimsOfField(
  claims: Claims | undefined,
  field: string,
  stated: ClaimValue,
  firstSource: Source | undefined,
): ClaimState[] {
  const existing = claims?.[field];
  if (existing && existing.length > 0) return [...existing];
  return [
    {
      claimId: claimId(field, 1),
      value: stated,
      rank: "preferred",
      sources: firstSource ? [firstSource] : [],
    },
  ];
}

/** The claims with one more: preferred (the preferred one before becomes `demotedTo`) or normal. */
export function withClaim(
  claims: readonly ClaimState[],
  field: string,
  value: ClaimValue,
  source: Source,
  preferred: { demotedTo: Rank; reason: string } | undefined,
): ClaimState[] {
  const next = claims.map((claim) =>
    preferred && claim.rank === "preferred"
      ? { ...claim, rank: preferred.demotedTo, reason: preferred.reason }
      : claim,
  );
  next.push({
    claimId: claimId(field, claims.length + 1),
    value,
    rank: preferred ? "preferred" : "normal",
    sources: [source],
  });
  return next;
}

/** The claims with one re-ranked; making one preferred makes the preferred one before normal. */
export function withRank(
  claims: readonly ClaimState[],
  id: string,
  rank: Rank,
  reason: string | undefined,
): ClaimState[] {
  return claims.map((claim) => {
    if (claim.claimId === id) return { ...claim, rank, reason };
    if (rank === "preferred" && claim.rank === "preferred")
      return { ...claim, rank: "normal" as const, reason };
    return claim;
  });
}

/** The claims with one more source for one of them. */
export function withSource(
  claims: readonly ClaimState[],
  id: string,
  source: Source,
): ClaimState[] {
  return claims.map((claim) =>
    claim.claimId === id ? { ...claim, sources: [...claim.sources, source] } : claim,
  );
}

export function preferredOf(claims: readonly ClaimState[]): ClaimState | undefined {
  return claims.find((claim) => claim.rank === "preferred");
}

/**
 * The claims after a field was given `value` as preferred (a correction, or a claim preferred
 * over the others): the preferred claim before is deprecated (a correction) or made normal, with
 * the reason; a claim that already says the value becomes preferred and cites the source too;
 * otherwise a new claim says it.
 */
export function preferValue(
  claims: readonly ClaimState[],
  field: string,
  value: ClaimValue,
  source: Source,
  demoted: { rank: Rank; reason: string },
): ClaimState[] {
  const existing = claims.find((claim) => sameValue(claim.value, value));
  if (existing?.rank === "preferred") return withSource(claims, existing.claimId, source);
  const demotedClaims = claims.map((claim) =>
    claim.rank === "preferred" ? { ...claim, rank: demoted.rank, reason: demoted.reason } : claim,
  );
  if (existing) {
    return withSource(
      withRank(demotedClaims, existing.claimId, "preferred", undefined),
      existing.claimId,
      source,
    );
  }
  return [
    ...demotedClaims,
    { claimId: claimId(field, claims.length + 1), value, rank: "preferred", sources: [source] },
  ];
}
