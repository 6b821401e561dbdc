import { invalid } from "../domain/DomainError";
import { earliestInstant, latestInstant, parseWorldTime } from "../domain/WorldTime";
import { LABEL } from "../graph/graphLabels";
import { typeList } from "../graph/cypherPatterns";
import { STRUCTURAL_TYPES } from "../graph/GraphModel";
import { TYPE } from "../graph/relationshipTypes";
import { int } from "../neo4j/neo4jValues";

/**
 * The two times of a read. asOfPosition: what the log knew at that position (facts recorded at
 * or before it, not yet retracted or replaced). validOn: what may have been true in the world on
 * that date, given the precision of each fact's bounds. Both are Cypher predicates over
 * parameters ($asOf, $validFrom, $validTo); only the variable names are spliced in.
 */
export interface TimeTravel {
  asOfPosition?: number | null | undefined;
  validOn?: string | null | undefined;
}

export function timeTravelParameters(travel: TimeTravel) {
  let validFrom: string | null = null;
  let validTo: string | null = null;
  if (travel.validOn) {
    const parsed = parseWorldTime(travel.validOn);
    if ("error" in parsed) throw invalid("validOn", parsed.error);
    validFrom = earliestInstant(parsed);
    validTo = latestInstant(parsed);
  }
  const asOf = travel.asOfPosition;
  if (asOf !== null && asOf !== undefined && (!Number.isInteger(asOf) || asOf < 0)) {
    throw invalid("asOfPosition", "asOfPosition must be a log position (0 or more)");
  }
  return { asOf: asOf === null || asOf === undefined ? null : int(asOf), validFrom, validTo };
}

/** A node of the knowledge graph that a fact made, current or retracted (not an article, not the log). */
export function isFactNode(n: string): string {
  return `${n}:${LABEL.Fact}`;
}

/** The node was known at $asOf (or, without it, is current). */
export function nodeKnown(n: string): string {
  return `(CASE WHEN $asOf IS NULL THEN ${n}.knownUntil IS NULL
           ELSE ${n}.knownSince <= $asOf AND (${n}.knownUntil IS NULL OR ${n}.knownUntil > $asOf) END)`;
}

/** An event-like node (incident, update, statement) had begun by the end of $validTo. */
export function nodeHappened(n: string): string {
  return `($validTo IS NULL OR ${n}.occurredFrom IS NULL OR ${n}.occurredFrom <= datetime($validTo))`;
}

/**
 * The relationship types that are not facts between nodes of the graph a reader walks: provenance,
 * claims, aliases, figures, merges (HISTORICAL is walked: it is an ended fact).
 */
const NOT_WALKED = STRUCTURAL_TYPES.filter((type) => type !== TYPE.HISTORICAL);

/**
 * This relationship is a fact between nodes (a relation or a link, or an ended one), and this
 * version of it was known at $asOf (or is current), and may hold on $validOn.
 */
export function relationshipHolds(r: string): string {
  return `(NOT type(${r}) IN ${typeList(NOT_WALKED)}
    AND (CASE WHEN $asOf IS NULL THEN ${r}.knownUntil IS NULL
         ELSE ${r}.knownSince <= $asOf AND (${r}.knownUntil IS NULL OR ${r}.knownUntil > $asOf) END)
    AND ($validFrom IS NULL OR ((${r}.validFromStart IS NULL OR ${r}.validFromStart <= datetime($validTo))
                             AND (${r}.validToEnd IS NULL OR ${r}.validToEnd >= datetime($validFrom)))))`;
}
