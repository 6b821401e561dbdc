import { createHash, randomUUID } from "node:crypto";
import type { BookmarkManager, Driver, ManagedTransaction } from "neo4j-driver";
import stringify from "safe-stable-stringify";
import type { Command } from "../domain/commands";
import type { DecisionContext } from "../domain/DecisionContext";
import { decide } from "../domain/decide";
import { DomainError } from "../domain/DomainError";
import { evolve, foldEvents, initialState, type FactState } from "../domain/FactState";
import { applyToContext } from "../domain/InMemoryFacts";
import type { NodeKind } from "../domain/nodeKinds";
import { referencesOf, streamId, streamOfCommand } from "../domain/streams";
import { occurredAtOf } from "../events/occurredAtOf";
import { SCHEMA_VERSIONS } from "../events/DomainEvent";
import {
  revisionMismatch,
  type EventMetadata,
  type EventRecord,
  type ExpectedRevision,
} from "../eventstore/EventRecord";
import { Neo4jEventStore, type CommandRecord } from "../eventstore/Neo4jEventStore";
import { Projector } from "../projection/Projector";
import { RebuildInProgressError } from "../projection/rebuildProjection";

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
}

/**
 * load -> decide -> append -> project, in one write transaction per call. The log's head lock
 * serialises writers, so each decision sees every event before it and positions stay gapless.
 * A refused command (DomainError) rolls the whole call back: nothing is appended or projected.
 */
export class CommandHandler {
  private readonly store = new Neo4jEventStore();
  private readonly projector = new Projector();
  private readonly clock: () => Date;
  private readonly newId: () => string;
  private readonly bookmarkManager: BookmarkManager | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    deps: CommandHandlerDependencies = {},
  ) {
    this.clock = deps.clock ?? (() => new Date());
    this.newId = deps.newId ?? randomUUID;
    this.bookmarkManager = deps.bookmarkManager;
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
    const prepared = envelopes.map((envelope) => ({
      ...envelope,
      commandId: envelope.commandId ?? this.newId(),
      contentHash: contentHash(envelope.command),
    }));
    const session = this.driver.session({
      database: this.database,
      ...(this.bookmarkManager ? { bookmarkManager: this.bookmarkManager } : {}),
    });
    try {
      return await session.executeWrite((tx) => this.run(tx, prepared, options));
    } finally {
      await session.close();
    }
  }

  private async run(
    tx: ManagedTransaction,
    envelopes: readonly (CommandEnvelope & { commandId: string; contentHash: string })[],
    options: ExecutionOptions,
  ): Promise<CommandResult[]> {
    const head = await this.store.lockHead(tx);
    if (head.rebuilding) {
      throw new RebuildInProgressError(
        "the projection is being rebuilt; commands are refused until it ends",
      );
    }
    const batch = new BatchView(this.store, tx);
    await batch.prefetch(envelopes);
    const recordedAt = this.clock().toISOString();
    const appended: EventRecord[] = [];
    const commandRecords: CommandRecord[] = [];
    const results: CommandResult[] = [];
    let position = head.position;

    for (const envelope of envelopes) {
      const { command, commandId } = envelope;
      try {
        const previous = batch.commands.get(commandId);
        if (previous) {
          if (previous.contentHash !== envelope.contentHash) {
            throw new DomainError(
              "already_exists",
              `command id "${commandId}" was already used for a different command`,
              "commandId",
            );
          }
          results.push(resultOf(previous, true));
          continue;
        }
        const stream = streamOfCommand(command);
        const { state, revision } = await batch.stream(stream);
        const mismatch = revisionMismatch(envelope.expectedRevision ?? "any", revision);
        if (mismatch) {
          throw new DomainError(
            "concurrency",
            `stream "${stream}" is at revision ${revision}: ${mismatch}`,
            "expectedRevision",
            { stream, currentRevision: revision },
          );
        }
        const events = decide(command, state, await batch.context(command));
        const metadata: EventMetadata = {
          commandId,
          correlationId: options.correlationId ?? envelopes[0]!.commandId,
          causationId: options.causationId ?? commandId,
          actor: options.actor ?? "anonymous",
        };
        const records = events.map((event, i): EventRecord => ({
          id: this.newId(),
          position: position + i + 1,
          stream,
          revision: revision + i + 1,
          type: event.type,
          schemaVersion: SCHEMA_VERSIONS[event.type],
          event,
          metadata,
          occurredAt: occurredAtOf(event),
          recordedAt,
          source: "source" in event ? event.source : undefined,
        }));
        position += records.length;
        batch.applied(stream, records);
        appended.push(...records);
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
        batch.commands.set(commandId, commandRecord);
        commandRecords.push(commandRecord);
        results.push({
          ...resultOf(commandRecord, false),
          streamRevision: revision + records.length,
        });
      } catch (error) {
        if (error instanceof DomainError && envelope.label) throw error.within(envelope.label);
        throw error;
      }
    }

    if (appended.length > 0) {
      await this.store.append(tx, appended);
      await this.projector.apply(tx, appended);
      await this.store.setHead(tx, position);
    }
    await this.store.recordCommands(tx, commandRecords, recordedAt);
    return results;
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

/**
 * What the commands of one call see: the log as committed, plus what earlier commands of the
 * same call decided (so an article's facts can build on each other before anything is written).
 */
class BatchView {
  readonly commands = new Map<string, CommandRecord>();
  private readonly streams = new Map<string, { state: FactState; revision: number }>();
  private readonly nodes = new Map<string, { kind: NodeKind; retracted: boolean }>();
  private readonly articles = new Map<string, string>();

  constructor(
    private readonly store: Neo4jEventStore,
    private readonly tx: ManagedTransaction,
  ) {}

  /** Loads, in two queries, what the whole batch is likely to need: its commands and streams. */
  async prefetch(envelopes: readonly { command: Command; commandId: string }[]): Promise<void> {
    const known = await this.store.findCommands(
      this.tx,
      envelopes.map((e) => e.commandId),
    );
    for (const [id, record] of known) this.commands.set(id, record);
    await this.load(
      envelopes.flatMap(({ command }) => [
        streamOfCommand(command),
        ...this.referencedStreams(command),
      ]),
    );
  }

  private referencedStreams(command: Command): string[] {
    const { nodeIds, articleIds } = referencesOf(command);
    return [
      ...nodeIds.flatMap((id) => [
        streamId("entity", id),
        streamId("incident", id),
        streamId("statement", id),
      ]),
      ...articleIds.map((id) => streamId("article", id)),
    ];
  }

  async stream(stream: string): Promise<{ state: FactState; revision: number }> {
    await this.load([stream]);
    return this.streams.get(stream)!;
  }

  async context(command: Command): Promise<DecisionContext> {
    const { nodeIds, articleIds } = referencesOf(command);
    await this.load([
      ...nodeIds.flatMap((id) => [
        streamId("entity", id),
        streamId("incident", id),
        streamId("statement", id),
      ]),
      ...articleIds.map((id) => streamId("article", id)),
    ]);
    return { nodes: this.nodes, articles: this.articles };
  }

  applied(stream: string, records: readonly EventRecord[]): void {
    const current = this.streams.get(stream) ?? { state: initialState, revision: 0 };
    const state = records.reduce((s, r) => evolve(s, r.event), current.state);
    this.streams.set(stream, { state, revision: current.revision + records.length });
    applyToContext(this.nodes, this.articles, state);
  }

  private async load(streams: readonly string[]): Promise<void> {
    const missing = [...new Set(streams)].filter((s) => !this.streams.has(s));
    if (missing.length === 0) return;
    const loaded = await this.store.readStreams(this.tx, missing);
    for (const stream of missing) {
      const records = loaded.get(stream) ?? [];
      const state = foldEvents(records.map((r) => r.event));
      this.streams.set(stream, { state, revision: records.length });
      applyToContext(this.nodes, this.articles, state);
    }
  }
}
