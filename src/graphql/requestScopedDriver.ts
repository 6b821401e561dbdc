import neo4j, {
  type Driver,
  type QueryConfig,
  type Session,
  type SessionConfig,
} from "neo4j-driver";
import { requestEnded } from "./errors";
import { RequestScope, TRANSACTION_APP } from "./RequestScope";

type TransactionConfig = NonNullable<Parameters<Session["beginTransaction"]>[0]>;

/** The transaction config of a read in a request: its time left at most, and the request's id. */
function scopedConfig(
  scope: RequestScope,
  config: TransactionConfig | undefined,
): TransactionConfig {
  const remaining = scope.remainingMs();
  return {
    ...config,
    timeout: Math.min(Number(config?.timeout ?? remaining), remaining),
    metadata: { ...config?.metadata, app: TRANSACTION_APP, requestId: scope.id },
  };
}

/**
 * Runs a read of a request: refused once the request has ended, and, when it fails because the
 * request ended meanwhile (its sessions reset) or Neo4j timed its transaction out, answered as
 * the request's end (REQUEST_TIMEOUT), not as an internal error.
 */
async function guarded<T>(scope: RequestScope, read: () => Promise<T>): Promise<T> {
  const refusal = () =>
    requestEnded(scope.ended === "timeout" ? "timeout" : "closed", scope.timeoutMs);
  if (scope.ended) throw refusal();
  try {
    return await read();
  } catch (error) {
    if (scope.ended) throw refusal();
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.includes("TransactionTimedOut"))
      throw requestEnded("timeout", scope.timeoutMs);
    throw error;
  }
}

function scopedSession(session: Session, scope: RequestScope): Session {
  // Closing a session with a running transaction resets its connection: Neo4j ends the query.
  const close = () => void session.close();
  scope.signal.addEventListener("abort", close, { once: true });
  return new Proxy(session, {
    get(target, property, receiver) {
      switch (property) {
        case "executeRead":
        case "executeWrite":
          return (work: never, config?: TransactionConfig) =>
            guarded(scope, () => target[property](work, scopedConfig(scope, config)));
        case "beginTransaction":
          return (config?: TransactionConfig) =>
            target.beginTransaction(scopedConfig(scope, config));
        case "run":
          return (query: string, parameters?: never, config?: TransactionConfig) =>
            target.run(query, parameters, scopedConfig(scope, config));
        case "close":
          return async () => {
            scope.signal.removeEventListener("abort", close);
            await target.close();
          };
        default: {
          const value = Reflect.get(target, property, receiver) as unknown;
          return typeof value === "function" ? value.bind(target) : value;
        }
      }
    },
  });
}

/**
 * The driver, as the reads of a request see it: within a RequestScope, every READ session and
 * READ executeQuery gets the request's transaction config (timeout, metadata) and is reset when
 * the request ends. Writes pass through untouched: a command's group commit is shared by the
 * commands of several requests, so no one request's end may cut it. Outside a request (start-up,
 * the seed, subscriptions' feeds) everything passes through.
 */
export function requestScopedDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === "session") {
        return (config: SessionConfig = {}) => {
          const session = target.session(config);
          const scope = RequestScope.current();
          return scope && config.defaultAccessMode === neo4j.session.READ
            ? scopedSession(session, scope)
            : session;
        };
      }
      if (property === "executeQuery") {
        return (query: string, parameters?: Record<string, unknown>, config: QueryConfig = {}) => {
          const scope = RequestScope.current();
          if (!scope || config.routing !== neo4j.routing.READ)
            return target.executeQuery(query, parameters, config);
          return guarded(scope, () =>
            target.executeQuery(query, parameters, {
              ...config,
              signal: scope.signal,
              transactionConfig: scopedConfig(scope, config.transactionConfig),
            }),
          );
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
