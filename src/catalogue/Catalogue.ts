import { z } from "zod";
import type { DecisionContext } from "../domain/DecisionContext";
import { factIdOf } from "../domain/streams";
import type { WorldTime } from "../domain/WorldTime";
import type {
  CommandDefinition,
  CommandOf,
  EventDefinition,
  EventOf,
  EventShape,
  OrderedProjection,
  SetProjection,
} from "./CommandDefinition";
import { initialState, type FactState } from "./FactState";
import { fieldMeta } from "./fields";
import { inputProblems, parseInput } from "./parseInput";

type AnyCommand = CommandDefinition<string, z.ZodType, EventShape>;
type AnyEvent = EventDefinition<EventShape>;

/** A catalogue that cannot run: a name used twice, an event declared two ways, a projection with no order. */
export class CatalogueError extends Error {
  override readonly name = "CatalogueError";
}

/** The mutation of a command: its type in lower camel case (ReportIncident -> reportIncident). */
export function mutationName(type: string): string {
  return `${type[0]!.toLowerCase()}${type.slice(1)}`;
}

/**
 * The commands and events of the service, looked up by type: the generic code that runs them (the
 * command pipeline, the projector, the resolvers, the seed format, the SDL) asks the catalogue,
 * never a switch. Built from the command definitions; it refuses, when built, what could only fail
 * later: a type used twice, an event declared differently by two commands, set projections whose
 * order cannot be derived from what they create and need.
 */
export class Catalogue<C extends AnyCommand = AnyCommand> {
  readonly commands: readonly C[];
  /** The commands that state or change a fact, citing a source: an article's facts may be these. */
  readonly factCommands: readonly C[];
  /** Every event type, in the order its command was declared. */
  readonly events: readonly AnyEvent[];
  /** Set projections in the order a batch applies them: each after those creating what it needs. */
  readonly setProjections: readonly (AnyEvent & { projection: SetProjection<EventShape> })[];
  /** Ordered projections (corroborations, corrections, retractions), applied row by row after them. */
  readonly orderedProjections: readonly (AnyEvent & {
    projection: OrderedProjection<EventShape>;
  })[];
  private readonly byType = new Map<string, C>();
  private readonly byMutation = new Map<string, C>();
  private readonly eventsByType = new Map<string, AnyEvent>();

  constructor(commands: readonly C[]) {
    this.commands = commands;
    for (const command of commands) {
      if (this.byType.has(command.type))
        throw new CatalogueError(`command ${command.type} is declared twice`);
      this.byType.set(command.type, command);
      this.byMutation.set(mutationName(command.type), command);
      for (const [type, event] of Object.entries(command.events) as [string, AnyEvent][]) {
        if (event.type !== type)
          throw new CatalogueError(`${command.type} declares event ${event.type} under ${type}`);
        const known = this.eventsByType.get(type);
        if (known && known !== event)
          throw new CatalogueError(`event ${type} is declared differently by two commands`);
        this.eventsByType.set(type, event);
      }
    }
    this.factCommands = commands.filter(
      (command) => command.input instanceof z.ZodObject && "source" in command.input.shape,
    );
    this.events = [...this.eventsByType.values()];
    this.setProjections = orderSetProjections(
      this.events.filter(
        (e): e is AnyEvent & { projection: SetProjection<EventShape> } =>
          e.projection.kind === "set",
      ),
    );
    this.orderedProjections = this.events.filter(
      (e): e is AnyEvent & { projection: OrderedProjection<EventShape> } =>
        e.projection.kind === "ordered",
    );
  }

  command(type: string): C {
    const command = this.byType.get(type);
    if (!command) throw new CatalogueError(`no command ${type} in the catalogue`);
    return command;
  }

  /** The command a mutation runs, if it runs one. */
  commandOfMutation(name: string): C | undefined {
    return this.byMutation.get(name);
  }

  event(type: string): AnyEvent {
    const event = this.eventsByType.get(type);
    if (!event) throw new CatalogueError(`no event ${type} in the catalogue`);
    return event;
  }

  /** The stream a command writes to. */
  streamOf(command: CommandOf<C>): string {
    return this.command(command.type).stream(command);
  }

  /** The fact a command states or changes, as the API names it (receipts name it). */
  factIdOf(command: CommandOf<C>): string {
    const definition = this.command(command.type);
    return definition.factId?.(command) ?? factIdOf(definition.stream(command));
  }

  /**
   * The fields of a command that name a recorded fact (a lifecycle command's factId): they take
   * the fact's id (zvezda) or its stream (entity-zvezda), and the stream is what the command
   * writes to, so the id is resolved to its stream before anything else (withFactStreams).
   */
  factStreamFields(type: string): string[] {
    const input = this.command(type).input;
    if (!(input instanceof z.ZodObject)) return [];
    return Object.entries(input.shape as z.ZodRawShape)
      .filter(([, field]) => fieldMeta(field as z.ZodType)?.factStream === true)
      .map(([key]) => key);
  }

  /**
   * The command with each fact named by its id replaced by its stream, as `streamOf` (the
   * stream holding that fact, if any) says; an id it does not know is left as given, for the
   * decision to refuse. Every route (the API, the seed, an ingestion, a dry run) goes through
   * it before the command's content is hashed, so that a command has one identity.
   */
  withFactStreams(
    command: CommandOf<C>,
    streamOf: (factId: string) => string | undefined,
  ): CommandOf<C> {
    let resolved: CommandOf<C> | undefined;
    for (const key of this.factStreamFields(command.type)) {
      const value = (command as Record<string, unknown>)[key];
      if (typeof value !== "string") continue;
      const stream = streamOf(value);
      if (stream === undefined || stream === value) continue;
      resolved ??= { ...command };
      (resolved as Record<string, unknown>)[key] = stream;
    }
    return resolved ?? command;
  }

  /** What a decision must see besides its stream: the nodes it names, the articles it cites. */
  referencesOf(command: CommandOf<C>): { nodeIds: string[]; articleIds: string[] } {
    const cited = (command as { source?: { articleId: string } }).source?.articleId;
    return {
      nodeIds: [...this.command(command.type).references(command)],
      articleIds: cited === undefined ? [] : [cited],
    };
  }

  /**
   * The names a command gives entities, for the duplicate check's candidates: none for a command
   * whose input is invalid (it is refused before any name is compared, and its lists are not yet
   * known to be within their caps).
   */
  namesOf(command: CommandOf<C>): readonly string[] {
    const names = this.command(command.type).names;
    if (!names || this.inputProblems(command).length > 0) return [];
    return names(command);
  }

  /** Every problem of a command's input at once (a dry run lists them all); empty when valid. */
  inputProblems(command: CommandOf<C>) {
    const { type, ...input } = command;
    return inputProblems(this.command(type).input, input);
  }

  /**
   * The domain's one entry point: a command, the state of its stream and what it may see of the
   * rest -> the events to append, or a DomainError (its input's first problem, or its decision's
   * refusal). Pure: no I/O, no clock.
   */
  decide(command: CommandOf<C>, state: FactState, ctx: DecisionContext): EventOf<C>[] {
    const { type, ...input } = command;
    const definition = this.command(type);
    const events = definition.decide(parseInput(definition.input, input), state, ctx);
    for (const event of events) {
      if (!Object.hasOwn(definition.events, event.type))
        throw new CatalogueError(`${type} emitted ${event.type}, which it does not declare`);
    }
    return events as EventOf<C>[];
  }

  evolve(state: FactState, event: EventOf<C>): FactState {
    return this.event(event.type).evolve(state, event);
  }

  fold(events: readonly EventOf<C>[]): FactState {
    return events.reduce((state, event) => this.evolve(state, event), initialState);
  }

  /** The world time an event speaks of, if it names one. */
  occurredAt(event: EventOf<C>): WorldTime | undefined {
    return this.event(event.type).occurredAt?.(event);
  }

  schemaVersion(type: string): number {
    return this.event(type).schemaVersion;
  }
}

/**
 * Orders set projections so that each runs after those creating the labels it needs (in
 * declaration order where that leaves a choice); a need no projection creates, or a cycle, is
 * refused.
 */
function orderSetProjections<E extends AnyEvent & { projection: SetProjection<EventShape> }>(
  events: readonly E[],
): E[] {
  const creators = new Map<string, E[]>();
  for (const event of events) {
    for (const label of event.projection.creates) {
      creators.set(label, [...(creators.get(label) ?? []), event]);
    }
  }
  for (const event of events) {
    for (const label of event.projection.needs) {
      if (!creators.has(label))
        throw new CatalogueError(`${event.type} needs ${label} nodes, which no event creates`);
    }
  }
  const ordered: E[] = [];
  const pending = [...events];
  while (pending.length > 0) {
    const ready = pending.findIndex((event) =>
      event.projection.needs.every((label) =>
        creators.get(label)!.every((creator) => creator === event || ordered.includes(creator)),
      ),
    );
    if (ready < 0) {
      throw new CatalogueError(
        `set projections need each other: ${pending.map((e) => e.type).join(", ")}`,
      );
    }
    ordered.push(...pending.splice(ready, 1));
  }
  return ordered;
}
