import { randomUUID } from "node:crypto";
import type { BookmarkManager, Driver } from "neo4j-driver";
import { isRetryableError } from "neo4j-driver";
import type { Catalogue } from "../catalogue/Catalogue";
import { CATALOGUE } from "../catalogue/commands";
import { DomainError } from "../domain/DomainError";
import { requireCommandId } from "../domain/validate";
import type { EventRecord } from "../eventstore/EventRecord";
import type { LockedLog } from "../eventstore/LockedLog";
import { Neo4jEventStore } from "../eventstore/Neo4jEventStore";
import { RebuildInProgressError } from "../eventstore/RebuildInProgressError";
import { entitiesNamed } from "../explore/entitiesNamed";
import { Projector } from "../projection/Projector";
import { decideCommand, type CommandEnvelope, type CommandResult } from "./decideCommand";
import { DecisionView, streamsOfCommand, type StreamView } from "./DecisionView";
import type { DryRunUnit } from "../dryrun/DryRunReport";
import { dryRunUnits, streamsToRead, type DryRunDecisions } from "../dryrun/dryRunUnits";
import { GroupCommit, type Outcome } from "./GroupCommit";

export type { CommandEnvelope, CommandResult } from "./decideCommand";

export interface ExecutionOptions {
  correlationId?: string | undefined;
  causationId?: string | undefined;
  actor?: string | undefined;
  /**
   * Stops waiting when it aborts (a request's time): commands still waiting for their group are
   * withdrawn, those being written may still be (GroupCommit's UnitAbandoned says which).
   */
  signal?: AbortSignal | undefined;
}

export interface CommandHandlerDependencies {
  clock?: () => Date;
  /** Shared with the readers of the same process, so that they read their writes in a cluster. */
  bookmarkManager?: BookmarkManager;
  newId?: () => string;
  /** Commands a group may hold (a single unit larger than this goes alone). Default 1,000. */
  maxGroupCommands?: number;
  /** The commands and events it runs; the service's own unless a test brings its own. */
  catalogue?: Catalogue;
}

/** What the write path has done since it started: figures for the benchmarks. */
export interface WritePathMetrics {
  commands: number;
  groups: number;
  transactions: number;
  statements: number;
  events: number;
}

/** Commands that go all or nothing (one command, or an article with its facts). */
interface Unit {
  envelopes: (CommandEnvelope & { commandId: string })[];
  options: ExecutionOptions;
}

const ARTICLE_CACHE_SIZE = 2000;

/**
 * load -> decide -> append -> project. Commands arriving together are written together (group
 * commit): one write transaction, one lock on the log's head, one commit for the group. Each unit
 * (a command, or the commands of one executeAll) is decided alone, in arrival order, against the
 * state its predecessors in the group left; a refused unit (DomainError) refuses only itself and
 * appends nothing. The log's head lock serialises groups, also across processes, so every
 * decision sees every event before it and positions stay gapless.
 */
export class CommandHandler {
  readonly store: Neo4jEventStore;
  private readonly catalogue: Catalogue;
  private readonly clock: () => Date;
  private readonly newId: () => string;
  private readonly groups: GroupCommit<Unit, CommandResult[]>;
  private readonly knownArticles = new Map<string, StreamView>();
  private commands = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    deps: CommandHandlerDependencies = {},
  ) {
    this.catalogue = deps.catalogue ?? CATALOGUE;
    this.clock = deps.clock ?? (() => new Date());
    this.newId = deps.newId ?? randomUUID;
    this.store = new Neo4jEventStore(driver, database, {
      bookmarkManager: deps.bookmarkManager,
      projections: [new Projector(this.catalogue)],
    });
    this.groups = new GroupCommit((units) => this.writeGroup(units), {
      maxGroupSize: deps.maxGroupCommands ?? 1000,
      sizeOf: (unit) => unit.envelopes.length,
      isolatable: (error) => !(error instanceof RebuildInProgressError) && !isRetryableError(error),
    });
  }

  metrics(): WritePathMetrics {
    const store = this.store.statistics();
    return {
      commands: this.commands,
      groups: this.groups.groupCount,
      transactions: store.transactions,
      statements: store.statements,
      events: store.appendedEvents,
    };
  }

  async execute(envelope: CommandEnvelope, options: ExecutionOptions = {}): Promise<CommandResult> {
    const [result] = await this.executeAll([envelope], options);
    return result!;
  }

  /** Executes commands in order, all or nothing. */
  async executeAll(
    envelopes: readonly CommandEnvelope[],
    options: ExecutionOptions = {},
  ): Promise<CommandResult[]> {
    for (const { commandId } of envelopes) if (commandId !== undefined) requireCommandId(commandId);
    const unit: Unit = {
      envelopes: envelopes.map((envelope) => ({
        ...envelope,
        commandId: envelope.commandId ?? this.newId(),
      })),
      options,
    };
    return this.groups.submit(unit, options.signal);
  }

  /**
   * Decides units as a dry run against the log as it is now (read as a writer reads it, in a
   * read transaction, with no lock), listing every problem; appends nothing.
   */
  async dryRun(
    units: readonly DryRunUnit[],
    alsoRead: readonly string[] = [],
  ): Promise<DryRunDecisions> {
    const commandIds = units.flatMap((unit) => unit.envelopes.map((e) => e.commandId));
    const streams = streamsToRead(this.catalogue, units, alsoRead);
    const namesakes = await this.namesakesOf(
      units.flatMap((unit) => unit.envelopes.map((e) => e.command)),
    );
    return this.store.inspect({ commandIds, streams }, (log) =>
      dryRunUnits(this.catalogue, log, units, {
        alsoRead,
        knownArticles: this.knownArticles,
        recordedAt: this.clock().toISOString(),
        namesakes,
      }),
    );
  }

  /**
   * The entities the graph knows by the names these commands give (the duplicate check's
   * candidates): in a dry run, as a read of its request; in a group, outside every request's
   * scope, where GroupCommit writes groups.
   */
  private async namesakesOf(commands: readonly Parameters<Catalogue["namesOf"]>[0][]) {
    const names = commands.flatMap((command) => this.catalogue.namesOf(command));
    return names.length === 0 ? [] : entitiesNamed(this.driver, this.database, names);
  }

  /** One group: one transaction in which every unit is decided in turn, and what they decided is appended. */
  private async writeGroup(units: readonly Unit[]): Promise<Outcome<CommandResult[]>[]> {
    const envelopes = units.flatMap((unit) => unit.envelopes);
    const streams = [
      ...new Set(envelopes.flatMap((e) => streamsOfCommand(this.catalogue, e.command))),
    ];
    const reads = {
      commandIds: envelopes.map((e) => e.commandId),
      streams: streams.filter((stream) => !this.knownArticles.has(stream)),
    };
    // Outside the log's lock: the candidates of the duplicate check, from the graph's names.
    const namesakes = await this.namesakesOf(envelopes.map((e) => e.command));
    const outcomes = await this.store.write(reads, async (log) => {
      const view = new DecisionView(this.catalogue, log, this.knownArticles);
      view.knowNames(namesakes);
      await view.load(log, streams);
      const decided = this.decideAll(log, view, units);
      const events = decided.flatMap((d) => d.events);
      return {
        append: {
          events,
          streams: view.changedStreams(),
          commands: decided.flatMap((d) => d.commands),
        },
        result: { outcomes: decided.map((d) => d.outcome), articles: view.articleStates() },
      };
    });
    for (const [id, article] of outcomes.articles) this.rememberArticle(id, article);
    this.commands += envelopes.length;
    return outcomes.outcomes;
  }

  private decideAll(log: LockedLog, view: DecisionView, units: readonly Unit[]) {
    const recordedAt = this.clock().toISOString();
    let position = log.head;
    return units.map((unit) => {
      const events: EventRecord[] = [];
      const commands: { commandId: string; contentHash: string }[] = [];
      view.begin();
      try {
        const results = unit.envelopes.map((envelope) => {
          const decided = decideCommand(this.catalogue, view, envelope, {
            position,
            recordedAt,
            metadata: {
              correlationId: unit.options.correlationId ?? unit.envelopes[0]!.commandId,
              causationId: unit.options.causationId,
              actor: unit.options.actor ?? "anonymous",
            },
            newId: this.newId,
          });
          position += decided.records.length;
          events.push(...decided.records);
          if (!decided.result.replayed)
            commands.push({ commandId: envelope.commandId, contentHash: decided.contentHash });
          return decided.result;
        });
        view.commit();
        return { outcome: { ok: true as const, value: results }, events, commands };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        view.rollback();
        position -= events.length;
        return { outcome: { ok: false as const, error }, events: [], commands: [] };
      }
    });
  }

  private rememberArticle(stream: string, article: StreamView): void {
    if (this.knownArticles.has(stream)) return;
    if (this.knownArticles.size >= ARTICLE_CACHE_SIZE) {
      const oldest = this.knownArticles.keys().next().value;
      if (oldest !== undefined) this.knownArticles.delete(oldest);
    }
    this.knownArticles.set(stream, article);
  }
}
