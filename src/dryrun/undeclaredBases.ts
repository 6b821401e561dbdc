import type { Catalogue } from "../catalogue/Catalogue";
import { candidateStreams } from "../domain/streams";
import { namedIds, type DryRunEntry } from "./dryRunEntries";
import type { DryRunProblem, DryRunUnit } from "./DryRunReport";

/**
 * Entries naming a fact that another unit of the run states, when their own unit does not build
 * on that unit (its buildsOn, directly or through the units it builds on): the run found the fact
 * only because of the order it ran in.
 */
export function undeclaredBases(
  catalogue: Catalogue,
  entries: readonly DryRunEntry[],
): DryRunProblem[] {
  const statedBy = new Map<string, DryRunUnit>();
  for (const entry of entries) {
    const first = entry.records[0];
    if (first?.revision === 1 && !statedBy.has(first.stream))
      statedBy.set(first.stream, entry.unit);
  }
  const units = new Map(entries.map((entry) => [entry.unit.articleId, entry.unit]));
  return entries.flatMap((entry): DryRunProblem[] => {
    const { unit } = entry;
    if (unit.buildsOn === undefined) return [];
    const bases = basesOf(unit, units);
    const missing = new Map<string, string>();
    for (const id of namedIds(catalogue, entry)) {
      for (const stream of candidateStreams(id)) {
        const owner = statedBy.get(stream);
        if (owner && owner !== unit && !bases.has(owner.articleId))
          missing.set(id, owner.articleId);
      }
    }
    return [...missing].map(([id, articleId]) => ({
      articleId: unit.articleId,
      entry: entry.envelope.entry,
      field: entry.envelope.field,
      kind: "validation",
      message: `${entry.envelope.label ?? entry.envelope.entry}: names "${id}", which the article "${articleId}" states, and does not build on it: add "${articleId}" to buildsOn`,
      details: { buildsOn: articleId },
    }));
  });
}

/** The articles a unit builds on, directly or through those. */
function basesOf(unit: DryRunUnit, units: ReadonlyMap<string, DryRunUnit>): Set<string> {
  const bases = new Set<string>();
  const stack = [...(unit.buildsOn ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (bases.has(next)) continue;
    bases.add(next);
    stack.push(...(units.get(next)?.buildsOn ?? []));
  }
  return bases;
}
