import type { Catalogue } from "../catalogue/Catalogue";
import type { Command } from "../catalogue/commands";
import { decideCommand, placed } from "../commands/decideCommand";
import { DecisionView, streamsOfCommand, type StreamView } from "../commands/DecisionView";
import { DomainError } from "../domain/DomainError";
import type { EventRecord } from "../eventstore/EventRecord";
import type { LockedLog } from "../eventstore/LockedLog";
import type { DryRunEnvelope, DryRunProblem, DryRunUnit, PlannedCommand } from "./DryRunReport";

/** An entry the dry run executed: its plan, the command as decided and the records it would append. */
export interface DecidedEntry {
  plan: PlannedCommand;
  command: Command;
  records: EventRecord[];
}

export interface DryRunDecisions {
  head: number;
  problems: DryRunProblem[];
  decided: DecidedEntry[];
  /** The view after the run: the log as read, and what the accepted entries changed. */
  view: DecisionView;
}

export interface DryRunOptions {
  /** Streams to read besides those the commands need (facts near them, for the suggestions). */
  alsoRead?: readonly string[];
  knownArticles?: ReadonlyMap<string, StreamView>;
  recordedAt?: string;
  /** Entities the graph knows by the names the commands give (the duplicate check's candidates). */
  namesakes?: Parameters<DecisionView["knowNames"]>[0];
}

/** The streams a dry run reads: those its decidable commands need, and those it is asked to. */
export function streamsToRead(
  catalogue: Catalogue,
  units: readonly DryRunUnit[],
  alsoRead: readonly string[] = [],
): string[] {
  const needed = units.flatMap((unit) =>
    unit.envelopes.flatMap((envelope) =>
      // An input the catalogue refuses is not decided, so its streams are not read.
      (envelope.problems ?? []).length > 0 || catalogue.inputProblems(envelope.command).length > 0
        ? []
        : streamsOfCommand(catalogue, envelope.command),
    ),
  );
  return [...new Set([...needed, ...alsoRead])];
}

/**
 * Decides units of commands against a log as a writer would (their streams read as a command
 * reads them), in memory, appending nothing, and lists every problem instead of stopping at the
 * first: each entry's every input problem (it is then not decided), else its decision's refusal.
 * A refused entry leaves nothing for the entries after it; an accepted one is seen by them, and
 * by the units after its own (a folder building on another).
 */
export async function dryRunUnits(
  catalogue: Catalogue,
  log: LockedLog,
  units: readonly DryRunUnit[],
  options: DryRunOptions = {},
): Promise<DryRunDecisions> {
  const problems: DryRunProblem[] = [];
  const problem = (unit: DryRunUnit, envelope: DryRunEnvelope, error: DomainError) =>
    problems.push({
      articleId: unit.articleId,
      entry: envelope.entry,
      field: error.field,
      kind: error.kind,
      message: error.message,
      details: error.details,
    });
  const checked = units.map((unit) => ({
    unit,
    envelopes: unit.envelopes.map((envelope) => ({
      envelope,
      problems: [
        ...(envelope.problems ?? []),
        ...catalogue.inputProblems(envelope.command).map((error) => placed(error, envelope)),
      ],
    })),
  }));
  const view = new DecisionView(catalogue, log, options.knownArticles ?? new Map());
  view.knowNames(options.namesakes ?? []);
  await view.load(log, streamsToRead(catalogue, units, options.alsoRead));
  const decided: DecidedEntry[] = [];
  let position = log.head;
  let fakeIds = 0;
  for (const { unit, envelopes } of checked) {
    for (const { envelope, problems: found } of envelopes) {
      if (found.length > 0) {
        for (const error of found) problem(unit, envelope, error);
        continue;
      }
      view.begin();
      try {
        const result = decideCommand(catalogue, view, envelope, {
          position,
          recordedAt: options.recordedAt ?? new Date(0).toISOString(),
          metadata: { correlationId: `check-${unit.articleId}`, actor: "dry-run" },
          newId: () => `dry-run-${(fakeIds += 1)}`,
        });
        view.commit();
        position += result.records.length;
        decided.push({
          plan: {
            articleId: unit.articleId,
            entry: envelope.entry,
            commandId: envelope.commandId,
            factId: result.result.factId,
            stream: result.result.stream,
            eventTypes: result.records.map((record) => record.type),
            replayed: result.result.replayed,
          },
          command: result.command,
          records: result.records,
        });
      } catch (error) {
        view.rollback();
        if (!(error instanceof DomainError)) throw error;
        problem(unit, envelope, error);
      }
    }
  }
  return { head: log.head, problems, decided, view };
}
