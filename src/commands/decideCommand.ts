import { createHash } from "node:crypto";
import stringify from "safe-stable-stringify";
import type { Catalogue } from "../catalogue/Catalogue";
import type { Command, DomainEvent } from "../catalogue/commands";
import { DomainError } from "../domain/DomainError";
import {
  revisionMismatch,
  type CommandRecord,
  type EventMetadata,
  type EventRecord,
  type ExpectedRevision,
} from "../eventstore/EventRecord";
import type { DecisionView } from "./DecisionView";

export interface CommandEnvelope {
  command: Command;
  /** Idempotency key: the same id again returns the first result and appends nothing. */
  commandId?: string | undefined;
  expectedRevision?: ExpectedRevision | undefined;
  /** Where the command sits in a batch, as a field path ("facts[3]"): its errors' fields start with it. */
  field?: string | undefined;
  /** Names the command in the messages of a batch's errors ("facts[3] (zvezda)"). */
  label?: string | undefined;
}

export interface CommandResult {
  commandId: string;
  stream: string;
  /** The fact it states or changes, as the API names it (an incident update's own id). */
  factId: string;
  /** The stream's revision after the command. */
  streamRevision: number;
  events: { id: string; position: number; revision: number; type: string }[];
  /** True when this command id had been executed before: nothing was appended now. */
  replayed: boolean;
}

/** A command decided against a view: what it answers, what it appends, and its content's hash. */
export interface DecidedCommand {
  result: CommandResult;
  records: EventRecord[];
  /** The command as decided: its facts named by their streams. */
  command: Command;
  contentHash: string;
}

export interface DecisionSite {
  /** The log's position before this command's first event. */
  position: number;
  recordedAt: string;
  metadata: Omit<EventMetadata, "commandId" | "causationId"> & { causationId?: string | undefined };
  newId: () => string;
}

/**
 * One command, decided against a view of the log: its facts named by id resolved to their
 * streams (the same on every route, so its identity, the hash of its content, is too), a replay
 * of its command id answered from the log, its expected revision checked, and the catalogue's
 * decision turned into records at the positions after `site.position`. A refusal is a
 * DomainError with its field placed under the envelope's (`facts[3].source.quote`); the view is
 * told of what was decided (the caller commits or rolls it back).
 */
export function decideCommand(
  catalogue: Catalogue,
  view: DecisionView,
  envelope: CommandEnvelope & { commandId: string },
  site: DecisionSite,
): DecidedCommand {
  const { commandId } = envelope;
  try {
    const command = catalogue.withFactStreams(envelope.command, (id) =>
      view.factStream(id),
    ) as Command;
    const contentHash = contentHashOf(command);
    const factId = catalogue.factIdOf(command);
    const previous = view.commands.get(commandId);
    if (previous) {
      if (previous.contentHash !== contentHash) {
        throw new DomainError(
          "already_exists",
          `command id "${commandId}" was already used for a different command`,
          "commandId",
        );
      }
      return { result: resultOf(previous, factId, true), records: [], command, contentHash };
    }
    const stream = catalogue.streamOf(command);
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
    const events = catalogue.decide(command, state, view.context()) as DomainEvent[];
    const metadata: EventMetadata = {
      commandId,
      correlationId: site.metadata.correlationId,
      causationId: site.metadata.causationId ?? commandId,
      actor: site.metadata.actor,
    };
    const records = events.map((event, i): EventRecord => ({
      id: site.newId(),
      position: site.position + i + 1,
      stream,
      revision: revision + i + 1,
      type: event.type,
      schemaVersion: catalogue.schemaVersion(event.type),
      event,
      metadata,
      occurredAt: catalogue.occurredAt(event),
      recordedAt: site.recordedAt,
      source: "source" in event ? event.source : undefined,
    }));
    const commandRecord: CommandRecord = {
      commandId,
      contentHash,
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
      result: {
        ...resultOf(commandRecord, factId, false),
        streamRevision: revision + records.length,
      },
      records,
      command,
      contentHash,
    };
  } catch (error) {
    if (error instanceof DomainError) throw placed(error, envelope);
    throw error;
  }
}

/** A batch's refusal, its field under the command's place in the batch and its message naming it. */
export function placed(error: DomainError, envelope: CommandEnvelope): DomainError {
  if (envelope.field === undefined && envelope.label === undefined) return error;
  const field = [envelope.field, error.field].filter((part) => part !== undefined).join(".");
  const label = envelope.label ?? envelope.field;
  return new DomainError(
    error.kind,
    label ? `${label}: ${error.message}` : error.message,
    field === "" ? undefined : field,
    error.details,
  );
}

function resultOf(record: CommandRecord, factId: string, replayed: boolean): CommandResult {
  const last = record.events[record.events.length - 1];
  return {
    commandId: record.commandId,
    stream: record.stream,
    factId,
    streamRevision: last?.revision ?? 0,
    events: record.events,
    replayed,
  };
}

/** A command's identity besides its id: the hash of its content, facts named by their streams. */
export function contentHashOf(command: Command): string {
  return createHash("sha256")
    .update(stringify(command) ?? "")
    .digest("hex");
}
