import { parseStreamId } from "../domain/streams";
import type { RelationTarget } from "../catalogue/facts";
import type { FactLabel } from "./graphLabels";

/** What a corroboration, correction or retraction applies to, as the projection finds it. */
export type FactTarget =
  | { kind: "node"; id: string; label: FactLabel }
  | { kind: "relation"; id: string; relation: RelationTarget };

const NODE_LABEL = { entity: "Entity", incident: "Incident", statement: "Statement" } as const;

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
