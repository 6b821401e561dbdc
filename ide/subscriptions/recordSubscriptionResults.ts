import {
  isAsyncIterable,
  isObservable,
  isPromise,
  type Fetcher,
  type FetcherOpts,
  type FetcherParams,
  type FetcherReturnType,
  type Observable,
  type SyncExecutionResult,
} from "@graphiql/toolkit";
import { getOperationAST, parse, type DocumentNode, type ExecutionResult } from "graphql";
import type { ReceivedEventLog } from "./ReceivedEventLog";

/**
 * A fetcher that also records, in `log`, every result a subscription delivers: GraphiQL shows
 * only the latest in its result pane. Queries and mutations pass through untouched; a stream is
 * handed on as it came (an Observable stays one, an async iterable stays one whose `return`
 * reaches the original, so GraphiQL's stop button still ends the subscription at once).
 */
export function recordSubscriptionResults(fetcher: Fetcher, log: ReceivedEventLog): Fetcher {
  return (params: FetcherParams, opts?: FetcherOpts): FetcherReturnType => {
    const operationName = subscriptionName(params, opts);
    const result = fetcher(params, opts);
    if (operationName === undefined) return result;
    return recorded(result, {
      result: (payload) => log.record(operationName, payload),
      failure: (error) => log.record(operationName, errorPayload(error), true),
    });
  };
}

/** The operation's name when the operation to run is a subscription. */
function subscriptionName(params: FetcherParams, opts?: FetcherOpts): string | undefined {
  let document: DocumentNode | undefined = opts?.documentAST;
  try {
    document ??= parse(params.query);
  } catch {
    return undefined; // GraphiQL sends what does not parse too: the server will say why.
  }
  const operation = getOperationAST(document, params.operationName ?? undefined);
  if (operation?.operation !== "subscription") return undefined;
  return operation.name?.value ?? "subscription";
}

interface Recorder {
  result(payload: unknown): void;
  failure(error: unknown): void;
}

function recorded(value: FetcherReturnType, recorder: Recorder): FetcherReturnType {
  if (isPromise<SyncExecutionResult>(value)) {
    return value.then(
      (resolved) => recorded(resolved, recorder) as SyncExecutionResult,
      (error: unknown) => {
        recorder.failure(error);
        throw error;
      },
    );
  }
  if (isObservable<ExecutionResult>(value)) return recordedObservable(value, recorder);
  if (isAsyncIterable(value)) {
    return recordedIterable(value as AsyncIterable<ExecutionResult>, recorder);
  }
  recorder.result(value);
  return value;
}

function recordedObservable(
  source: Observable<ExecutionResult>,
  recorder: Recorder,
): Observable<ExecutionResult> {
  return {
    subscribe(
      observerOrNext?: Partial<Observer> | ((value: ExecutionResult) => void),
      error?: ((error: unknown) => void) | null,
      complete?: () => void,
    ) {
      const observer: Partial<Observer> =
        typeof observerOrNext === "function"
          ? { next: observerOrNext, error: error ?? undefined, complete }
          : (observerOrNext ?? {});
      return source.subscribe({
        next(value) {
          recorder.result(value);
          observer.next?.(value);
        },
        error(failure) {
          recorder.failure(failure);
          observer.error?.(failure);
        },
        complete() {
          observer.complete?.();
        },
      });
    },
  } as Observable<ExecutionResult>;
}

interface Observer {
  next(value: ExecutionResult): void;
  error(error: unknown): void;
  complete(): void;
}

/** An iterator of its own over the source's one iterator: `return` and `throw` go straight to it. */
function recordedIterable(
  source: AsyncIterable<ExecutionResult>,
  recorder: Recorder,
): AsyncIterableIterator<ExecutionResult> {
  const inner = source[Symbol.asyncIterator]();
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      try {
        const step = await inner.next();
        if (!step.done) recorder.result(step.value);
        return step;
      } catch (error) {
        recorder.failure(error);
        throw error;
      }
    },
    return(value?: unknown) {
      return inner.return?.(value) ?? Promise.resolve({ done: true, value: undefined });
    },
    throw(error?: unknown) {
      return inner.throw?.(error) ?? Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/** What a failed stream said: graphql-ws hands over GraphQL errors, a close event or an Error. */
function errorPayload(error: unknown): unknown {
  if (Array.isArray(error)) return { errors: error };
  if (error instanceof Error) return { errors: [{ message: error.message }] };
  if (typeof error === "object" && error !== null && "code" in error && "reason" in error) {
    return {
      errors: [{ message: `connection closed: ${String(error.code)} ${String(error.reason)}` }],
    };
  }
  return { errors: [{ message: String(error) }] };
}
