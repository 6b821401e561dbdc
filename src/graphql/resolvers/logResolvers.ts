import type { EventFeed } from "../../eventstore/EventFeed";
import { factStreams } from "../../eventstore/EventLogReader";
import { badInput } from "../errors";
import type { Resolvers } from "../generated/resolvers-types";
import { toEventModel } from "./eventModel";
import { historyPage, historyResolvers } from "./historyResolvers";
import type { EventModel } from "./payloadModels";

/** The most events one eventLog page may hold. */
export const MAX_EVENT_PAGE = 1000;

/**
 * The feed's events as the subscription's payloads. Not an async generator: return() must end a
 * feed that is waiting for events at once (a generator would wait for the pending next()).
 */
function eventsOf(feed: EventFeed): AsyncIterableIterator<{ events: EventModel }> {
  const iterator: AsyncIterableIterator<{ events: EventModel }> = {
    [Symbol.asyncIterator]: () => iterator,
    next: async () => {
      const next = await feed.next();
      return next.done
        ? { value: undefined, done: true }
        : { value: { events: toEventModel(next.value) }, done: false };
    },
    return: async () => {
      await feed.return();
      return { value: undefined, done: true };
    },
  };
  return iterator;
}

/** The log as the event store reads it: pages, a fact's history, the new events as they come. */
export const logResolvers: Resolvers = {
  Query: {
    logPosition: (_root, _args, { services }) => services.store.head(),
    eventLog: async (_root, { fromPosition, first, streams, types }, { services }) => {
      if (!Number.isInteger(fromPosition) || fromPosition < 0)
        throw badInput("fromPosition must be a log position (0 or more)", "fromPosition");
      if (!Number.isInteger(first) || first < 1 || first > MAX_EVENT_PAGE)
        throw badInput(`first must be between 1 and ${MAX_EVENT_PAGE}`, "first");
      const events = await services.store.readAll(fromPosition, first, { streams, types });
      return events.map(toEventModel);
    },
    // A fact id means what it means to sources: a stream (entity-zvezda) or a bare id (zvezda).
    history: async (_root, { factId }, context) => {
      const streams = await context.loaders.history.loadMany(factStreams(factId));
      return streams
        .flatMap((events) => {
          if (events instanceof Error) throw events;
          return events;
        })
        .sort((a, b) => a.position - b.position);
    },
    historyConnection: (_root, { factId, first, after }, context) =>
      historyPage(context, factId, { first, after }),
  },
  Subscription: {
    events: {
      subscribe: (_root, { fromPosition, streams, types }, { services }) =>
        eventsOf(services.store.feed(fromPosition ?? undefined, { streams, types })),
    },
  },
  ...historyResolvers,
};
