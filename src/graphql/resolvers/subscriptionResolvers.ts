import type { Node } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { int, toNumber } from "../../neo4j/neo4jValues";
import type { ApiServices } from "../context";
import type { Resolvers } from "../generated/resolvers-types";
import type { EventModel } from "./payloadModels";

/** How often a subscription looks at the log when this process announces nothing (other writers). */
const POLL_MILLIS = 1000;
const PAGE = 100;

export function toEventModel(node: Node): EventModel {
  const p = node.properties as Record<string, unknown>;
  const text = (key: string) => (p[key] === undefined || p[key] === null ? null : String(p[key]));
  return {
    id: String(p.id),
    position: toNumber(p.position),
    stream: String(p.stream),
    revision: toNumber(p.revision),
    type: String(p.type),
    schemaVersion: toNumber(p.schemaVersion),
    data: String(p.data),
    metadata: String(p.metadata),
    commandId: String(p.commandId),
    correlationId: String(p.correlationId),
    causationId: String(p.causationId),
    actor: String(p.actor),
    occurredAt: text("occurredAt"),
    occurredPrecision: text("occurredPrecision"),
    recordedAt: new Date(String(p.recordedAt)).toISOString(),
    sourceArticle: text("sourceArticle"),
    sourceQuote: text("sourceQuote"),
    sourceNote: text("sourceNote"),
  };
}

interface Filter {
  fromPosition: number | null | undefined;
  streams: readonly string[] | null | undefined;
  types: readonly string[] | null | undefined;
}

/**
 * The log from a position on, as an async iterator that waits for new events. Stateless
 * over the database (any process may have appended); return() ends it at once.
 */
export class EventFeed implements AsyncIterableIterator<{ events: EventModel }> {
  private readonly abort = new AbortController();
  private readonly buffer: EventModel[] = [];
  private next_: number | undefined;

  constructor(
    private readonly services: ApiServices,
    private readonly filter: Filter,
  ) {
    this.next_ = filter.fromPosition ?? undefined;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<{ events: EventModel }>> {
    while (!this.abort.signal.aborted) {
      const buffered = this.buffer.shift();
      if (buffered) return { value: { events: buffered }, done: false };
      if (!(await this.fill())) await this.services.notifier.next(POLL_MILLIS, this.abort.signal);
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<{ events: EventModel }>> {
    this.abort.abort();
    return { value: undefined, done: true };
  }

  /** Reads the next page of matching events; false when there was none. */
  private async fill(): Promise<boolean> {
    const { driver, database } = this.services;
    const options = { database, routing: neo4j.routing.READ };
    if (this.next_ === undefined) {
      const head = await driver.executeQuery(
        "OPTIONAL MATCH (l:EventLog {id: 'main'}) RETURN coalesce(l.position, 0) AS p",
        {},
        options,
      );
      this.next_ = toNumber(head.records[0]?.get("p")) + 1;
      return false;
    }
    const { records } = await driver.executeQuery(
      `OPTIONAL MATCH (l:EventLog {id: 'main'})
       WITH coalesce(l.position, 0) AS head
       OPTIONAL MATCH (e:Event)
       WHERE e.position >= $from AND e.position <= head
         AND ($streams IS NULL OR e.stream IN $streams) AND ($types IS NULL OR e.type IN $types)
       WITH head, e ORDER BY e.position LIMIT $page
       RETURN head, collect(e) AS events`,
      {
        from: int(this.next_),
        streams: this.filter.streams ?? null,
        types: this.filter.types ?? null,
        page: int(PAGE),
      },
      options,
    );
    const head = toNumber(records[0]?.get("head") ?? 0);
    const events = ((records[0]?.get("events") as Node[] | undefined) ?? []).map(toEventModel);
    this.buffer.push(...events);
    // A full page may leave more behind it; otherwise everything up to the head has been seen.
    this.next_ =
      events.length === PAGE
        ? events[events.length - 1]!.position + 1
        : Math.max(this.next_, head + 1);
    return events.length > 0;
  }
}

export const subscriptionResolvers: Resolvers = {
  Subscription: {
    events: {
      subscribe: (_root, { fromPosition, streams, types }, { services }) =>
        new EventFeed(services, { fromPosition, streams, types }),
    },
  },
};
