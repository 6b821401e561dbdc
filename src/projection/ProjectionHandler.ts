import type { DomainEvent, DomainEventType } from "../events/DomainEvent";
import type { CypherRunner } from "../eventstore/CypherRunner";
import type { EventRecord } from "../eventstore/EventRecord";

/** An event of one type with the record that carried it (position, id, source). */
export interface Applied<T extends DomainEventType> {
  record: EventRecord;
  event: Extract<DomainEvent, { type: T }>;
}

/**
 * Applies every event of one type in a batch at once, with a fixed number of set-based
 * statements however many events there are. For events that state new facts: they commute with
 * the rest of the batch. The statements are sent without awaiting them (the projector sends all
 * of a batch's statements in one go; Neo4j runs them in order).
 */
export interface SetHandler<T extends DomainEventType> {
  readonly type: T;
  readonly kind: "set";
  project(cypher: CypherRunner, events: readonly Applied<T>[]): Promise<unknown>[];
}

/**
 * Applies events that depend on what came before them (corroborations, corrections,
 * retractions): each event becomes a row, and `cypher`, a subquery over a row `e`, applies it.
 * The projector runs all such events of a batch, of every type, in one statement, in log order,
 * one row after the other: each sees what the rows before it did.
 */
export interface OrderedHandler<T extends DomainEventType> {
  readonly type: T;
  readonly kind: "ordered";
  row(applied: Applied<T>): Record<string, unknown>;
  /** Cypher clauses applying row `e` (a unit subquery body: no RETURN). */
  readonly cypher: string;
}

export type ProjectionHandler<T extends DomainEventType> = SetHandler<T> | OrderedHandler<T>;
