import { LABEL } from "../graph/graphLabels";
/**
 * A fact's values as the log knew them at $asOf (or as they are, without it), from its claims
 * (src/catalogue/claims): a field with claims has, at a position, the value of the claim that
 * was preferred then; a field without any has had one value since the fact was stated. Cypher
 * expressions over parameters; only variable names are spliced in.
 */

/** The rank claim `c` had at $asOf (its rank now, without it), or null before it was made. */
export function claimRankAt(c: string): string {
  return `(CASE WHEN $asOf IS NULL THEN ${c}.rank
           ELSE [i IN range(0, size(${c}.rankSince) - 1) WHERE ${c}.rankSince[i] <= $asOf
                 | ${c}.rankHistory[i]][-1] END)`;
}

/** Why claim `c` had its rank at $asOf ("" when none was given). */
export function claimReasonAt(c: string): string {
  return `(CASE WHEN $asOf IS NULL THEN ${c}.rankReasons[-1]
           ELSE [i IN range(0, size(${c}.rankSince) - 1) WHERE ${c}.rankSince[i] <= $asOf
                 | ${c}.rankReasons[i]][-1] END)`;
}

/** The claims of fact `factId` (an expression: its id) for `field` (a literal field name). */
function claimsOf(factId: string, field: string): string {
  return `COLLECT { MATCH (c:${LABEL.Claim} {factId: ${factId}, field: '${field}'}) RETURN c }`;
}

/**
 * Property `property` of the claim of `field` preferred at $asOf, for node `n`, or `fallback`
 * (an expression: the node's own property) when the field has no claim preferred then.
 */
export function fieldAsKnown(
  n: string,
  field: string,
  property: "value" | "precision" | "valueFrom" | "valueTo",
  fallback: string,
): string {
  return `(CASE WHEN $asOf IS NULL THEN ${fallback}
           ELSE coalesce(head([c IN ${claimsOf(`${n}.id`, field)}
                               WHERE ${claimRankAt("c")} = 'preferred' | c.${property}]),
                         ${fallback}) END)`;
}

/** A node's name, title or text (its label) as known at $asOf. */
export function labelAsKnown(n: string): string {
  return `coalesce(${fieldAsKnown(n, "name", "value", `${n}.name`)},
                   ${fieldAsKnown(n, "title", "value", `${n}.title`)},
                   ${fieldAsKnown(n, "text", "value", `${n}.text`)}, ${n}.label, ${n}.id)`;
}
