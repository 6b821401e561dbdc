import type { Record as Neo4jRecord } from "neo4j-driver";
import { claimRankAt, claimReasonAt } from "./asKnown";
import type { Rank } from "../catalogue/claims/claimState";
import type { Precision } from "../domain/WorldTime";
import { LABEL } from "../graph/graphLabels";
import { TYPE } from "../graph/relationshipTypes";

/** One claim of a dispute, as known at the read's position. */
export interface ClaimView {
  claimId: string;
  value: string | null;
  precision: Precision | null;
  /** The first and last instants a world time may mean (ISO 8601). */
  earliest: string | null;
  latest: string | null;
  rank: Rank;
  reason: string | null;
  sources: string[];
  quotes: string[];
  knownSince: number;
}

/** A field of a fact its sources disagree on: its claims, the preferred one first. */
export interface Dispute {
  factId: string;
  field: string;
  claims: ClaimView[];
}

/**
 * Cypher returning claim `c` as a ClaimView, its rank and reason as known at $asOf.
 */
export function claimView(c: string): string {
  return `{claimId: ${c}.claimId, value: ${c}.value,
           precision: ${c}.precision, earliest: toString(${c}.valueFrom),
           latest: toString(${c}.valueTo), rank: ${claimRankAt(c)},
           reason: nullif(${claimReasonAt(c)}, ''), sources: ${c}.sources, quotes: ${c}.quotes,
           knownSince: ${c}.knownSince}`;
}

/**
 * Disputes: the fields whose claims known at $asOf (all, without it) include two that are not
 * deprecated, about $about when given (the fact itself, and the facts linked to it: incidents
 * that affected it, statements about it, relations with it), in world time between $fromStart and
 * $untilEnd when given (by the span of the fact's own time). Parameters: $asOf, $about,
 * $fromStart, $untilEnd, $rows.
 */
export const DISPUTES = `
  CALL () {
    WITH $about AS about WHERE about IS NULL
    MATCH (c:${LABEL.Claim}) RETURN DISTINCT c.factId AS factId
    UNION
    WITH $about AS about WHERE about IS NOT NULL
    MATCH (x:${LABEL.Fact} {id: about})
    CALL (x) {
      RETURN x.id AS factId
      UNION
      MATCH (x)-[r]-(related:${LABEL.Fact})
      WHERE NOT type(r) IN ['${TYPE.CITES}', '${TYPE.HISTORICAL}', '${TYPE.HAS_CLAIM}', '${TYPE.HAS_ALIAS}']
      RETURN related.id AS factId
      UNION
      MATCH (x)-[r]-(:${LABEL.Fact}) WHERE r.id IS NOT NULL RETURN r.id AS factId
    }
    RETURN factId
  }
  WITH factId
  MATCH (c:${LABEL.Claim} {factId: factId})
  WHERE $asOf IS NULL OR c.knownSince <= $asOf
  WITH factId, c.field AS field, collect(c) AS claims
  WITH factId, field, [c IN claims WHERE ${claimRankAt("c")} <> 'deprecated'] AS live, claims
  WHERE size(live) >= 2
  OPTIONAL MATCH (n:${LABEL.Fact} {id: factId})
  WITH factId, field, claims, n
  WHERE ($fromStart IS NULL OR n.occurredTo >= datetime($fromStart))
    AND ($untilEnd IS NULL OR n.occurredFrom <= datetime($untilEnd))
  RETURN factId, field,
         [c IN claims | ${claimView("c")}] AS claims
  ORDER BY factId, field
  LIMIT $rows`;

/** A row of DISPUTES as a Dispute: the preferred claim first, then by when each was known. */
export function toDispute(record: Neo4jRecord): Dispute {
  const order = (claim: ClaimView) => (claim.rank === "preferred" ? 0 : 1);
  return {
    factId: record.get("factId") as string,
    field: record.get("field") as string,
    claims: (record.get("claims") as ClaimView[])
      .map((claim) => ({ ...claim, knownSince: Number(claim.knownSince) }))
      .sort((a, b) => order(a) - order(b) || a.knownSince - b.knownSince),
  };
}
