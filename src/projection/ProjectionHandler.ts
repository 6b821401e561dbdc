import type { DomainEvent, DomainEventType } from "../events/DomainEvent";
import type { CypherRunner } from "../eventstore/CypherRunner";
import type { EventRecord } from "../eventstore/EventRecord";

/** An event of one type with the record that carried it (position, id, source). */
export interface Applied<T extends DomainEventType> {
  record: EventRecord;
  event: Extract<DomainEvent, { type: T }>;
}

/**
 * Applies every event of one type in a batch (in log order) with a fixed number of set-based
 * statements, however many events there are. The statements are sent without awaiting them:
 * the projector sends all handlers' statements in one go and Neo4j runs them in order.
 */
export interface ProjectionHandler<T extends DomainEventType> {
  readonly type: T;
  project(cypher: CypherRunner, events: readonly Applied<T>[]): Promise<unknown>[];
}
