import { createHash, randomUUID } from "node:crypto";
import type { BookmarkManager, Driver } from "neo4j-driver";
import { isRetryableError } from "neo4j-driver";
import stringify from "safe-stable-stringify";
import type { Catalogue } from "../catalogue/Catalogue";
import { CATALOGUE, type Command, type DomainEvent } from "../catalogue/commands";
import { DomainError } from "../domain/DomainError";
import { requireCommandId } from "../domain/validate";
import {
  revisionMismatch,
  type CommandRecord,
  type EventMetadata,
  type EventRecord,
  type ExpectedRevision,
} from "../eventstore/EventRecord";
import { Neo4jEventStore, type LockedLog } from "../eventstore/Neo4jEventStore";
import { RebuildInProgressError } from "../eventstore/RebuildInProgressError";
import { Projector } from "../projection/Projector";
import { DecisionView, streamsOfCommand, type StreamView } from "./DecisionView";
import { GroupCommit, type Outcome } from "./GroupCommit";

export interface CommandEnvelope {
  command: Command;
  /** Idempotency key: the same id again returns the first result and appends nothing. */
  commandId?: string | undefined;
  expectedRevision?: ExpectedRevision | undefined;
  /** Names the command in errors of a batch ("facts[3]"). */
  label?: string | undefined;
}

export interface ExecutionOptions {
  correlationId?: string | undefined;
  causationId?: string | undefined;
  actor?: string | undefined;
}

export interface CommandResult {
  commandId: string;
  stream: string;
  /** The stream's revision after the command. */
  streamRevision: number;
  events: { id: string; position: number; revision: number; type: string }[];
  /** True when this command id had been executed before: nothing was appended now. */
  replayed: boolean;
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
  envelopes: (CommandEnvelope & { commandId: string; contentHash: string })[];
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

  constructor(driver: Driver, database: string, deps: CommandHandlerDependencies = {}) {
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
        contentHash: contentHash(envelope.command),
      })),
      options,
    };
    return this.groups.submit(unit);
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
    const outcomes = await this.store.write(reads, async (log) => {
      const view = new DecisionView(this.catalogue, log, this.knownArticles);
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
          const decided = this.decideOne(view, unit, envelope, position, recordedAt);
          position += decided.records.length;
          events.push(...decided.records);
          if (!decided.result.replayed)
            commands.push({ commandId: envelope.commandId, contentHash: envelope.contentHash });
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

  private decideOne(
    view: DecisionView,
    unit: Unit,
    envelope: Unit["envelopes"][number],
    position: number,
    recordedAt: string,
  ): { result: CommandResult; records: EventRecord[] } {
    const { command, commandId } = envelope;
    try {
      const previous = view.commands.get(commandId);
      if (previous) {
        if (previous.contentHash !== envelope.contentHash) {
          throw new DomainError(
            "already_exists",
            `command id "${commandId}" was already used for a different command`,
            "commandId",
          );
        }
        return { result: resultOf(previous, true), records: [] };
      }
      const stream = this.catalogue.streamOf(command);
      const { state, revision } = view.stream(stream);
      const mismatch = revisionMismatch(envelope.expectedRevision ?? "any", revision);
      if (mismatch) {
        throw new DomainError(
          "concurrency",
          `stream "${stream}" is at revision ${revision}: ${mismatch}`,
          "expectedRevision",
          { stream, currentRevision: revision },
        );
      }
      // A test's catalogue may hold events beyond the service's: the log stores them alike.
      const events = this.catalogue.decide(command, state, view.context()) as DomainEvent[];
      const metadata: EventMetadata = {
        commandId,
        correlationId: unit.options.correlationId ?? unit.envelopes[0]!.commandId,
        causationId: unit.options.causationId ?? commandId,
        actor: unit.options.actor ?? "anonymous",
      };
      const records = events.map((event, i): EventRecord => ({
        id: this.newId(),
        position: position + i + 1,
        stream,
        revision: revision + i + 1,
        type: event.type,
        schemaVersion: this.catalogue.schemaVersion(event.type),
        event,
        metadata,
        occurredAt: this.catalogue.occurredAt(event),
        recordedAt,
        source: "source" in event ? event.source : undefined,
      }));
      const commandRecord: CommandRecord = {
        commandId,
        contentHash: envelope.contentHash,
        stream,
        events: records.map(({ id, position: p, revision: r, type }) => ({
          id,
          position: p,
          revision: r,
          type,
        })),
      };
      view.applied(stream, records, commandRecord);
      return {
        result: { ...resultOf(commandRecord, false), streamRevision: revision + records.length },
        records,
      };
    } catch (error) {
      if (error instanceof DomainError && envelope.label) throw error.within(envelope.label);
      throw error;
    }
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

function resultOf(record: CommandRecord, replayed: boolean): CommandResult {
  const last = record.events[record.events.length - 1];
  return {
    commandId: record.commandId,
    stream: record.stream,
    streamRevision: last?.revision ?? 0,
    events: record.events,
    replayed,
  };
}

function contentHash(command: Command): string {
  return createHash("sha256")
    .update(stringify(command) ?? "")
    .digest("hex");
}
