import type { Source } from "../../domain/source";
import type { PresentFact } from "../FactState";
import { CLAIMABLE_FIELDS } from "./claimableFields";
import { claimsOfField, preferValue, sameValue, type Claims } from "./claimState";

/**
 * A correction as claims: each claimable field it changes gets the new value as its preferred
 * claim, and the claim it replaces is deprecated with the correction's reason.
 */
export function correctedClaims(
  fact: PresentFact,
  corrected: Record<string, unknown>,
  source: Source,
  reason: string,
): Claims | undefined {
  if (fact.category === "article") return fact.claims;
  const before = fact.data as unknown as Record<string, unknown>;
  let claims: Claims | undefined = fact.claims;
  for (const [field, claimable] of Object.entries(CLAIMABLE_FIELDS[fact.category])) {
    const value = claimable.read(corrected);
    const stated = claimable.read(before);
    if (sameValue(value, stated)) continue;
    const current = claimsOfField(claims, field, stated, fact.sources[0]);
    claims = {
      ...claims,
      [field]: preferValue(current, field, value, source, { rank: "deprecated", reason }),
    };
  }
  return claims;
}
