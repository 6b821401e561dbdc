import type { Catalogue } from "../catalogue/Catalogue";
import type { Command } from "../catalogue/commands";
import { factIdOf } from "../domain/streams";
import type { EventRecord } from "../eventstore/EventRecord";
import type { DryRunEnvelope, DryRunUnit, PlannedCommand } from "./DryRunReport";
import type { DryRunDecisions } from "./dryRunUnits";

/** One entry of a dry run as the suggestions see it. */
export interface DryRunEntry {
  unit: DryRunUnit;
  envelope: DryRunEnvelope;
  /** Its place among all the run's entries. */
  order: number;
  /** The command with its facts named by their streams; undefined when its input is invalid. */
  command: Command | undefined;
  stream: string | undefined;
  factId: string | undefined;
  /** What it would append, when accepted. */
  plan: PlannedCommand | undefined;
  /** The events it would append (none when refused or replayed). */
  records: readonly EventRecord[];
}

/** The run's entries in order, each with what the run made of it. */
export function dryRunEntries(
  catalogue: Catalogue,
  units: readonly DryRunUnit[],
  decisions: DryRunDecisions,
): DryRunEntry[] {
  const decided = new Map(
    decisions.decided.map((d) => [`${d.plan.articleId}\u0000${d.plan.entry}`, d]),
  );
  let order = 0;
  return units.flatMap((unit) =>
    unit.envelopes.map((envelope): DryRunEntry => {
      const done = decided.get(`${unit.articleId}\u0000${envelope.entry}`);
      const valid =
        (envelope.problems ?? []).length === 0 &&
        catalogue.inputProblems(envelope.command).length === 0;
      const command =
        done?.command ??
        (valid
          ? (catalogue.withFactStreams(envelope.command, (id) =>
              decisions.view.factStream(id),
            ) as Command)
          : undefined);
      return {
        unit,
        envelope,
        order: order++,
        command,
        stream: command && catalogue.streamOf(command),
        factId: command && catalogue.factIdOf(command),
        plan: done?.plan,
        records: done?.records ?? [],
      };
    }),
  );
}

/** The ids an entry names: the nodes its decision reads, its stream's fact and its own. */
export function namedIds(catalogue: Catalogue, entry: DryRunEntry): string[] {
  if (!entry.command || !entry.stream || !entry.factId) return [];
  return [...catalogue.referencesOf(entry.command).nodeIds, factIdOf(entry.stream), entry.factId];
}

/** The order of the entry that created each stream the run created (so later entries see it). */
export function createdInRun(entries: readonly DryRunEntry[]): Map<string, number> {
  const created = new Map<string, number>();
  for (const entry of entries) {
    const first = entry.records[0];
    if (first?.revision === 1 && !created.has(first.stream)) created.set(first.stream, entry.order);
  }
  return created;
}
