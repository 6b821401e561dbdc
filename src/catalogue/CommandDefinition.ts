import type { z } from "zod";
import type { DecisionContext } from "../domain/DecisionContext";
import type { Source } from "../domain/source";
import type { WorldTime } from "../domain/WorldTime";
import type { FactState } from "./FactState";

/**
 * The shape of the catalogue's declarations. A command is declared once, in the module of its
 * fact category: its input (a zod schema: the TypeScript type, the validation with field paths,
 * the seed format and the GraphQL input all come from it), its stream, what it references, its
 * decision, the events it may emit (each with its evolve, world time and projection) and what its
 * mutation answers. Generic code (the command pipeline, the resolvers, the seed loader, the
 * projector, the log's type enum) runs the catalogue; nothing lists the commands by hand.
 */

/** An event as the domain knows it: a past-tense type and plain data, with the source it cites. */
export interface EventShape {
  type: string;
  data: object;
  source?: Source;
}

/** What a projection sees of the record that carried an event (the event store's EventRecord). */
export interface ProjectedRecord {
  id: string;
  position: number;
  stream: string;
  source?: Source | undefined;
}

/** An event with the record that carried it. */
export interface Applied<E extends EventShape> {
  record: ProjectedRecord;
  event: E;
}

/** A Cypher statement with its parameters (never values spliced into its text). */
export interface Statement {
  text: string;
  parameters: Record<string, unknown>;
}

/**
 * Applies every event of its type in a batch at once, with a fixed number of set-based
 * statements. For events that state new facts: they commute with the rest of the batch, provided
 * the nodes they `need` (labels) were created first; the projector orders set projections by
 * what they `create` and `need`, and refuses to start when none creates what one needs.
 */
export interface SetProjection<E extends EventShape> {
  kind: "set";
  creates: readonly string[];
  needs: readonly string[];
  statements(events: readonly Applied<E>[]): Statement[];
}

/**
 * Applies events that depend on what came before them (corroborations, corrections,
 * retractions): each event becomes a row, and `cypher`, a subquery over a row `e`, applies it.
 * The projector runs all such events of a batch, of every type, in one statement, in log order.
 */
export interface OrderedProjection<E extends EventShape> {
  kind: "ordered";
  row(applied: Applied<E>): Record<string, unknown>;
  /** Cypher clauses applying row `e` (a unit subquery body: no RETURN). */
  cypher: string;
}

export type Projection<E extends EventShape> = SetProjection<E> | OrderedProjection<E>;

/** An event type: how it moves its stream's state, when in the world it speaks of, how it is projected. */
export interface EventDefinition<E extends EventShape> {
  type: E["type"];
  /** What happened, for the log's enum of event types ("An incident was reported."). */
  description: string;
  /** Bump it when the event's data changes shape, and teach the event store's reader both. */
  schemaVersion: number;
  evolve(state: FactState, event: E): FactState;
  /** The world time the event speaks of, if it names one. */
  occurredAt?(event: E): WorldTime | undefined;
  projection: Projection<E>;
  /**
   * The nodes whose place in the graph the event moves beyond the nodes it names: the child of
   * a part-of link made or ended, the entities of a merge, a retracted entity. The timelines of
   * now (src/projection/timelineEntries.ts) are written again around them: what is linked to
   * them, and what affected them or their parts. Events that only add facts about the nodes
   * they name reshape nothing.
   */
  reshapes?(event: E): readonly string[];
}

/** Where a mutation's answer finds the fact as now projected. */
export type PayloadRead =
  "articles" | "entities" | "incidents" | "statements" | "quantities" | "relation";

/** What a command's mutation answers besides its receipt. */
export interface PayloadDefinition {
  /** The payload's GraphQL type (ReportIncidentPayload); commands may share one (FactPayload). */
  type: string;
  /** The field holding the fact as now projected, if any: its name, GraphQL type and read. */
  fact?: { field: string; type: string; description: string; read: PayloadRead };
}

type EventsOf<E extends EventShape> = {
  [T in E["type"]]: EventDefinition<Extract<E, { type: T }>>;
};

export interface CommandDefinition<
  T extends string = string,
  S extends z.ZodType = z.ZodType,
  E extends EventShape = EventShape,
> {
  type: T;
  /** What the command does: the mutation's description. */
  description: string;
  /** The same in a few words ("Reports an incident"), for the ingestion's fields. */
  summary: string;
  /** The mutation's `input` argument's description ("The incident and its source."). */
  inputDescription: string;
  input: S;
  /** The stream it writes to, from the input as received. */
  stream(command: z.input<S>): string;
  /**
   * The fact it states, as the API names it (history, sources and corroborations take it):
   * its stream's fact id unless it says otherwise (an incident update is a fact of its own in
   * its incident's stream: zvezda-air-leak/cause-determined).
   */
  factId?(command: z.input<S>): string;
  /** The nodes its decision must see besides its own stream (the article it cites is added). */
  references(command: z.input<S>): readonly string[];
  /** Names it gives an entity, which its decision compares with the entities' (duplicates). */
  names?(command: z.input<S>): readonly string[];
  /** Pure: the parsed input, its stream's state and what it may see of the rest -> its events. */
  decide(command: z.output<S>, state: FactState, ctx: DecisionContext): E[];
  events: EventsOf<E>;
  payload: PayloadDefinition;
}

/** A command as a caller sends it: its input, tagged with its type. */
export type CommandOf<D> =
  D extends CommandDefinition<infer T, infer S, EventShape> ? { type: T } & z.input<S> : never;

/** The events a command may emit. */
export type EventOf<D> = D extends CommandDefinition<string, z.ZodType, infer E> ? E : never;

/** Declares a command (the identity: it only lets TypeScript infer the input and events). */
export function defineCommand<const T extends string, S extends z.ZodType, E extends EventShape>(
  definition: CommandDefinition<T, S, E>,
): CommandDefinition<T, S, E> {
  return definition;
}
