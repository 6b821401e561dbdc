import type { DecisionContext } from "../domain/DecisionContext";
import { DomainError } from "../domain/DomainError";
import type { FactState } from "./FactState";

/**
 * Refuses a new fact whose id is taken: by a fact of its own stream (even a retracted one: an id
 * means one thing) or by any node of the graph.
 */
export function requireNewFact(
  field: string,
  id: string,
  state: FactState,
  ctx: DecisionContext,
): void {
  if (state.status !== "absent" || ctx.nodes.has(id)) {
    throw new DomainError("already_exists", `"${id}" is already registered`, field);
  }
}
