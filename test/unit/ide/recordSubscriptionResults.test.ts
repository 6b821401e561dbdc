import type { Fetcher, Observable } from "@graphiql/toolkit";
import type { ExecutionResult } from "graphql";
import { ReceivedEventLog } from "../../../ide/subscriptions/ReceivedEventLog";
import { recordSubscriptionResults } from "../../../ide/subscriptions/recordSubscriptionResults";

const SUBSCRIPTION = "subscription FollowTheLog { events { position } }";
const event = (position: number): ExecutionResult => ({ data: { events: { position } } });

/**
 * A live subscription as graphql-ws's client hands it to GraphiQL: it yields its events, then a
 * next() waits until one comes or return() ends the stream, which also settles that next().
 */
function liveStream(events: ExecutionResult[]) {
  const state = { ended: false };
  let waiting: ((step: IteratorResult<ExecutionResult>) => void) | undefined;
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    next: () =>
      events.length > 0 && !state.ended
        ? Promise.resolve({ done: false, value: events.shift()! })
        : state.ended
          ? Promise.resolve({ done: true, value: undefined })
          : new Promise((resolve) => (waiting = resolve)),
    return: () => {
      state.ended = true;
      waiting?.({ done: true, value: undefined });
      return Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return { iterable: iterator, state };
}

const recorded = (log: ReceivedEventLog) =>
  log
    .getSnapshot()
    .map(({ operationName, payload, failed }) => ({ operationName, payload, failed }));

describe("recording what subscriptions receive, for the IDE's list of events", () => {
  it("records each result of a subscription streamed as an async iterable, and still lets it be stopped", async () => {
    const log = new ReceivedEventLog();
    const { iterable, state } = liveStream([event(96), event(97)]);
    const fetcher = recordSubscriptionResults((() => Promise.resolve(iterable)) as Fetcher, log);

    const result = (await fetcher({ query: SUBSCRIPTION })) as AsyncIterable<ExecutionResult>;
    const iterator = result[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: false, value: event(96) });
    expect(await iterator.next()).toEqual({ done: false, value: event(97) });
    expect(recorded(log)).toEqual([
      { operationName: "FollowTheLog", payload: event(96), failed: false },
      { operationName: "FollowTheLog", payload: event(97), failed: false },
    ]);
    // GraphiQL's stop: return() on a fresh [Symbol.asyncIterator]() call, while a next() waits.
    const waiting = iterator.next();
    await result[Symbol.asyncIterator]().return!();
    expect(state.ended).toBe(true);
    expect(await waiting).toEqual({ done: true, value: undefined });
  });

  it("records each result and the failure of a subscription streamed as an Observable", () => {
    const log = new ReceivedEventLog();
    let emit: { next(value: ExecutionResult): void; error(error: unknown): void } | undefined;
    const unsubscribe = jest.fn();
    const source: Observable<ExecutionResult> = {
      subscribe: ((observer: typeof emit) => {
        emit = observer;
        return { unsubscribe };
      }) as unknown as Observable<ExecutionResult>["subscribe"],
    };
    const fetcher = recordSubscriptionResults((() => source) as Fetcher, log);
    const seen: unknown[] = [];
    const errors: unknown[] = [];
    const observable = fetcher({
      query: `query Q { a } ${SUBSCRIPTION}`,
      operationName: "FollowTheLog",
    }) as Observable<ExecutionResult>;
    const subscription = observable.subscribe({
      next: (value) => seen.push(value),
      error: (error) => errors.push(error),
      complete: () => {},
    });
    emit!.next(event(5));
    emit!.error(new Error("socket closed"));
    subscription.unsubscribe();

    expect(seen).toEqual([event(5)]);
    expect(errors).toEqual([new Error("socket closed")]);
    expect(unsubscribe).toHaveBeenCalled();
    expect(recorded(log)).toEqual([
      { operationName: "FollowTheLog", payload: event(5), failed: false },
      {
        operationName: "FollowTheLog",
        payload: { errors: [{ message: "socket closed" }] },
        failed: true,
      },
    ]);
  });

  it("leaves queries, mutations and what does not parse alone", async () => {
    const log = new ReceivedEventLog();
    const answer = { data: { logPosition: 95 } };
    const fetcher = recordSubscriptionResults((() => Promise.resolve(answer)) as Fetcher, log);
    expect(await fetcher({ query: "{ logPosition }" })).toBe(answer);
    expect(await fetcher({ query: "mutation M { a }" })).toBe(answer);
    // The document's other operation is the subscription; the one run is the query.
    await fetcher({ query: `query Q { a } ${SUBSCRIPTION}`, operationName: "Q" });
    await fetcher({ query: "subscription {" });
    expect(log.getSnapshot()).toEqual([]);
  });

  it("names an anonymous subscription, records a single answer to one, and keeps at most its capacity", async () => {
    const log = new ReceivedEventLog(2);
    const refused = { errors: [{ message: "FORBIDDEN" }] };
    const fetcher = recordSubscriptionResults((() => refused) as unknown as Fetcher, log);
    for (let i = 0; i < 3; i++) await fetcher({ query: "subscription { events { position } }" });
    expect(log.getSnapshot().map((e) => [e.sequence, e.operationName, e.payload])).toEqual([
      [2, "subscription", refused],
      [3, "subscription", refused],
    ]);
    const before = log.getSnapshot();
    log.clear();
    expect(log.getSnapshot()).toEqual([]);
    expect(before).toHaveLength(2); // a snapshot is never changed in place
  });
});
