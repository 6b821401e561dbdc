import type { Record as Neo4jRecord } from "neo4j-driver";
import { invalid } from "../domain/DomainError";
import { LABEL } from "../graph/graphLabels";
import { FACT_RELATIONSHIP_TYPES, TYPE } from "../graph/relationshipTypes";
import { relationViews, toRelationFact, type EdgeDetail, type RelationFact } from "./graphShapes";
import { afterKey, encodeCursor, toPage, type KeyShape, type ListFilter } from "./pageCursor";
import type { Connection, PageRequest, Page } from "./pageCursor";
import { relationshipHolds } from "./timeTravel";

/** Which relations: of a type, from a node, to a node (each optional). */
export interface RelationFilter {
  type?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * The relations' total order: by type, start id, end id, the version's knownSince, then the
 * relationship's own id (two relations of one type between the same ends stated by one event).
 */
const ORDER = ["relType", "a.id", "b.id", "r.knownSince", "coalesce(r.id, '')"] as const;
export const RELATIONS_KEY: KeyShape = ["string", "string", "string", "number", "string"];

/** The relations matching a filter, as `a`, `r`, `b` and `relType` (the type of its fact). */
function relationsMatch(filter: RelationFilter): string {
  if (filter.type && !FACT_RELATIONSHIP_TYPES.includes(filter.type)) {
    throw invalid("type", `no relation type ${filter.type}`);
  }
  // From an end given by id (an index seek), along the type asked for and former versions of
  // relationships (HISTORICAL); the type is allow-listed above before it is written here.
  const types = filter.type ? `:${filter.type}|${TYPE.HISTORICAL}` : "";
  const pattern = filter.from
    ? `(a:${LABEL.Fact} {id: $from})-[r${types}]->(b:${LABEL.Fact})`
    : filter.to
      ? `(b:${LABEL.Fact} {id: $to})<-[r${types}]-(a:${LABEL.Fact})`
      : `(a:${LABEL.Fact})-[r${types}]->(b:${LABEL.Fact})`;
  return `MATCH ${pattern}
       WHERE type(r) <> '${TYPE.HAS_UPDATE}'
         AND ($type IS NULL OR coalesce(r.type, type(r)) = $type)
         AND ($to IS NULL OR b.id = $to)
         AND ${relationshipHolds("r")}
       WITH a, r, b, coalesce(r.type, type(r)) AS relType`;
}

/** The filter's Cypher parameters. */
export function relationParameters(filter: RelationFilter) {
  return { type: filter.type ?? null, from: filter.from ?? null, to: filter.to ?? null };
}

/**
 * Relations in their order, strictly after the key $after (null: from the first), at most
 * $limit, with the edge fields `details`.
 */
export function relationsCypher(filter: RelationFilter, details: ReadonlySet<EdgeDetail>): string {
  return `${relationsMatch(filter)}
       WHERE ${afterKey(ORDER)}
       WITH a, r, b, relType ORDER BY ${ORDER.join(", ")} LIMIT $limit
       RETURN ${relationViews(details)}, relType, r.knownSince AS knownSince, coalesce(r.id, '') AS rid`;
}

/** How many relations match (relationsConnection's totalCount). */
export function relationsCountCypher(filter: RelationFilter): string {
  return `${relationsMatch(filter)} RETURN count(*) AS total`;
}

/** A page of relations, as relationsConnection answers it. */
export type RelationsPageModel = Connection<{ node: RelationFact }>;

/** A page of relations from its rows (one more than asked when there is a next page). */
export function toRelationsPage(
  records: readonly Neo4jRecord[],
  request: PageRequest,
  filter: ListFilter,
): Page<{ node: RelationFact }> {
  return toPage(
    records.map((record) => ({ node: toRelationFact(record) })),
    request,
    ({ node }, i) =>
      encodeCursor("relations", filter, [
        records[i]!.get("relType") as string,
        node.from,
        node.to,
        node.knownSince,
        records[i]!.get("rid") as string,
      ]),
  );
}
