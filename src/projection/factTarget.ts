import { parseStreamId } from "../domain/streams";
import type { ProjectedRecord } from "../catalogue/CommandDefinition";
import type { RelationTarget } from "../catalogue/facts";
import { int } from "../neo4j/neo4jValues";
import { relationKey } from "./graphWrites";
import type { FactLabel } from "./graphLabels";

/** What a corroboration, correction or retraction applies to, as the projection finds it. */
export type FactTarget =
  | { kind: "node"; id: string; label: FactLabel }
  | { kind: "relation"; id: string; relation: RelationTarget };

const NODE_LABEL = {
  entity: "Entity",
  incident: "Incident",
  statement: "Statement",
  quantity: "Quantity",
} as const;

/** The target of a lifecycle event, from its fact id (a stream) and, for a relation, its type and ends. */
export function factTarget(factId: string, relation: RelationTarget | undefined): FactTarget {
  const parsed = parseStreamId(factId);
  if (!parsed || parsed.category === "article") throw new Error(`not a fact stream: ${factId}`);
  if (parsed.category === "relation") {
    if (!relation)
      throw new Error(`an event about relation ${factId} does not name its type and ends`);
    return { kind: "relation", id: parsed.id, relation };
  }
  return { kind: "node", id: parsed.id, label: NODE_LABEL[parsed.category] };
}

/**
 * What the row of an event about an existing fact starts with: the fact's node id, or its
 * relation's id and key (null for a node), and the event's id and position; with the target, for
 * what else depends on its kind.
 */
export function factEventRow(
  record: ProjectedRecord,
  data: { factId: string; relation?: RelationTarget | undefined },
) {
  const target = factTarget(data.factId, data.relation);
  const row = {
    id: target.id,
    relation: target.kind === "relation" ? relationKey(target.relation) : null,
    eventId: record.id,
    position: int(record.position),
  };
  return { target, row };
}
