import type { DecisionContext } from "../../domain/DecisionContext";
import { DomainError } from "../../domain/DomainError";
import type { NodeRef } from "../../domain/NodeRef";
import type { Namesake } from "../../domain/NameIndex";

/**
 * Refuses a new name (an entity's, or an alias) that an existing entity already has, or nearly
 * (src/domain/names.ts), unless the command says that entity is another one (`distinctFrom`):
 * duplicates are caught when they would come in, with the candidates to choose from.
 */
export function refuseNamesakes(
  entityId: string,
  names: readonly string[],
  distinctFrom: readonly NodeRef[],
  ctx: DecisionContext,
  field = "name",
): void {
  const others = new Set(distinctFrom.map((ref) => ref.id));
  const candidates = new Map<string, Namesake>();
  for (const name of names) {
    for (const namesake of ctx.namesakes(name)) {
      if (namesake.id !== entityId && !others.has(namesake.id) && !candidates.has(namesake.id))
        candidates.set(namesake.id, namesake);
    }
  }
  if (candidates.size === 0) return;
  const listed = [...candidates.values()]
    .map(
      (c) =>
        `${c.id} (${c.kind} "${c.name}"${c.matched === c.name ? "" : `, also "${c.matched}"`})`,
    )
    .join(", ");
  throw new DomainError(
    "possible_duplicate",
    `"${names[0]}" may be ${listed}: use it, or name it in distinctFrom if this is another one`,
    field,
    {
      candidates: [...candidates.values()].map(({ id, kind, name, matched, match }) => ({
        id,
        kind,
        name,
        matched,
        match,
      })),
    },
  );
}
