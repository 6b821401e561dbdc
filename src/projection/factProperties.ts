import type { Validity, WorldTime } from "../domain/WorldTime";
import { earliestInstant, latestInstant } from "../domain/WorldTime";
import type { ProjectedRecord } from "../catalogue/CommandDefinition";
import { int, utcDateTime } from "../neo4j/neo4jValues";

/**
 * Properties every projected fact carries. Temporal values travel as ISO strings and become
 * Neo4j temporals in Cypher (datetime()), so the projection does not depend on the local zone.
 */

/** Provenance and knowledge time of a fact first stated by this event. */
export function provenance(record: ProjectedRecord) {
  const quote = record.source?.quote ?? null;
  return {
    stream: record.stream,
    knownSince: int(record.position),
    sources: record.source ? [record.source.articleId] : [],
    quotes: quote === null ? [] : [quote],
    quotesText: quote ?? "",
    eventIds: [record.id],
    correctedAt: [],
  };
}

/** What an incident's or statement's links carry: the provenance of the fact that made them. */
export function linkProvenance(record: ProjectedRecord, certainty: string) {
  const { stream, knownSince, sources, quotes, eventIds } = provenance(record);
  return { stream, knownSince, sources, quotes, eventIds, certainty };
}

/** A world time as value + precision + the instants it may mean (for range queries). */
export function worldTimeProperties(prefix: string, time: WorldTime | undefined) {
  return {
    [prefix]: time?.value ?? null,
    [`${prefix}Precision`]: time?.precision ?? null,
  };
}

/** ISO bounds of a world time, turned into datetimes by the Cypher that writes them. */
export function worldTimeBounds(time: WorldTime | undefined) {
  return {
    earliest: time ? earliestInstant(time) : null,
    latest: time ? latestInstant(time) : null,
  };
}

export function validityProperties(validity: Validity) {
  return {
    ...worldTimeProperties("validFrom", validity.from),
    ...worldTimeProperties("validTo", validity.to),
  };
}

/** Validity bounds as Neo4j datetimes (UTC): the widest instants the bounds may mean. */
export function validityBounds(validity: Validity) {
  return {
    validFromStart: validity.from ? utcDateTime(earliestInstant(validity.from)) : null,
    validToEnd: validity.to ? utcDateTime(latestInstant(validity.to)) : null,
  };
}

/** Neo4j cannot index lists in full text, so names and quotes also travel as one string. */
export function joinedText(values: readonly string[]): string {
  return values.join(" | ");
}
