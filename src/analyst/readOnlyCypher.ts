import { randomUUID } from "node:crypto";
import neo4j, { type Driver, type Transaction } from "neo4j-driver";
import { refusalOfCalls, refusalOfPlan, type PlanNode } from "./analystPolicy";
import { calledNames } from "./cypherCalls";
import { refusalOfRanges } from "./rangeBounds";

/** An analyst's query: any Cypher, run read-only, with a time and a row limit. */
export interface ReadOnlyQuery {
  cypher: string;
  params?: Record<string, unknown>;
  /** Rows kept; the query's further rows are not fetched. */
  limit: number;
  /** The server stops the transaction after this long. */
  timeoutMs: number;
  /**
   * How much longer than its timeout the command waits for the server to stop it (DEFAULT_GRACE_MS),
   * before it stops waiting and says whether Neo4j still runs it.
   */
  graceMs?: number;
}

export interface ReadOnlyResult {
  columns: string[];
  /** Neo4j's values, one array per row, in the order of `columns`. */
  rows: unknown[][];
  /** True when the query had more rows than the limit. */
  truncated: boolean;
  elapsedMs: number;
}

export type CypherErrorKind =
  | "write_refused"
  | "not_allowed"
  | "timeout"
  | "syntax"
  | "missing_parameter"
  | "unsupported"
  | "failed";

/** Why Neo4j refused or stopped a query, said for the analyst, with Neo4j's own code. */
export class CypherQueryError extends Error {
  override readonly name = "CypherQueryError";

  constructor(
    readonly kind: CypherErrorKind,
    message: string,
    readonly neo4jCode: string | undefined,
  ) {
    super(message);
  }
}

export const DEFAULT_LIMIT = 1000;
export const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * Neo4j looks for transactions past their timeout every 2 s (db.transaction.monitor.check.interval)
 * and a query notices at its next row or read: 5 s covers both on a busy machine.
 */
export const DEFAULT_GRACE_MS = 5_000;

/**
 * Runs one query in a READ transaction. Neo4j itself refuses any write in it (data, schema,
 * procedures that write), so nothing is written whatever the text says; the refusal becomes a
 * CypherQueryError of kind write_refused. Before it runs, the query is checked against the
 * analysts' policy (src/analyst/analystPolicy.ts): its text's calls, then its plan; a query that
 * would load a URL, reach other sessions or administer the server is refused (not_allowed)
 * and nothing of it runs.
 *
 * The transaction is explicit, not a managed one: the driver runs a managed transaction's work
 * again after any transient error, for up to 30 s, and an analyst's query runs once, within its
 * timeout.
 */
export async function runReadOnlyCypher(
  driver: Driver,
  database: string,
  query: ReadOnlyQuery,
): Promise<ReadOnlyResult> {
  // What Neo4j could not stop at its timeout is refused before anything runs (rangeBounds.ts).
  const ranges = refusalOfRanges(query.cypher, query.params);
  if (ranges) throw notAllowed(ranges);
  const queryId = randomUUID();
  // The wait counts from the transaction's start, when Neo4j's own timeout starts too.
  let timer: NodeJS.Timeout | undefined;
  const waitMs = query.timeoutMs + (query.graceMs ?? DEFAULT_GRACE_MS);
  let running!: Promise<ReadOnlyResult>;
  const late = new Promise<"late">((resolve) => {
    const began = () => (timer = setTimeout(() => resolve("late"), waitMs));
    running = runChecked(driver, database, query, queryId, began);
  });
  try {
    const first = await Promise.race([running, late]);
    if (first !== "late") return first;
  } finally {
    clearTimeout(timer);
  }
  // Whatever it ends with now, nobody waits for it.
  running.catch(() => {});
  const status = await serverStatus(driver, database, queryId);
  throw new CypherQueryError(
    "timeout",
    `stopped waiting: the query ran past its timeout of ${formatMillis(query.timeoutMs)} and ${formatMillis(waitMs - query.timeoutMs)} more. ${
      status
        ? `Neo4j still runs it (${status}): it is computing one expression, which it does not stop until the expression ends (docs/cypher.md, "What a query may cost")`
        : "Neo4j has ended it"
    }`,
    undefined,
  );
}

/** Whether Neo4j still runs the query of that id: its status, or undefined (ended, or unknown). */
async function serverStatus(
  driver: Driver,
  database: string,
  queryId: string,
): Promise<string | undefined> {
  const ask = driver
    .executeQuery(
      "SHOW TRANSACTIONS YIELD metaData, status, elapsedTime WHERE metaData.queryId = $queryId RETURN status, elapsedTime",
      { queryId },
      { database, routing: neo4j.routing.READ },
    )
    .then(({ records }) => {
      const record = records[0];
      if (!record) return undefined;
      const seconds = (
        record.get("elapsedTime") as { seconds: { toNumber(): number } }
      ).seconds.toNumber();
      return `${String(record.get("status")).replace(/ with reason.*$/, "")} after ${seconds} s`;
    })
    .catch(() => undefined);
  const gaveUp = new Promise<undefined>((resolve) => {
    setTimeout(() => resolve(undefined), 3_000).unref();
  });
  return Promise.race([ask, gaveUp]);
}

async function runChecked(
  driver: Driver,
  database: string,
  query: ReadOnlyQuery,
  queryId: string,
  began: () => void,
): Promise<ReadOnlyResult> {
  const started = performance.now();
  const session = driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(query.limit + 1, 1000),
  });
  let tx: Transaction | undefined;
  try {
    const builtIns = await builtInFunctions(driver, database);
    const calls = refusalOfCalls(calledNames(query.cypher), builtIns);
    if (calls) throw notAllowed(calls);
    tx = await session.beginTransaction({
      timeout: query.timeoutMs,
      metadata: { app: "iss-knowledge-graph cypher", queryId },
    });
    began();
    const { summary } = await tx.run(explainOf(query.cypher), query.params ?? {});
    const plan = summary.plan === false ? undefined : (summary.plan as PlanNode);
    const refused = plan && refusalOfPlan(plan, database, builtIns);
    if (refused) throw notAllowed(refused);

    const result = tx.run(query.cypher, query.params ?? {});
    const columns = [...(await result.keys())] as string[];
    const rows: unknown[][] = [];
    let truncated = false;
    for await (const record of result) {
      if (rows.length === query.limit) {
        // Leaving the loop and rolling back discards the rest of the stream on the server.
        truncated = true;
        break;
      }
      rows.push(columns.map((column) => record.get(column)));
    }
    // Committing a read writes nothing, and fails if the server ended the transaction meanwhile
    // (a procedure that returns early when stopped, such as apoc.util.sleep, ends without error).
    if (truncated) await tx.rollback();
    else await tx.commit();
    return { columns, rows, truncated, elapsedMs: Math.round(performance.now() - started) };
  } catch (error) {
    if (tx?.isOpen()) await tx.rollback().catch(() => {});
    throw explain(error, query);
  } finally {
    await session.close();
  }
}

function notAllowed(reason: string): CypherQueryError {
  return new CypherQueryError(
    "not_allowed",
    `refused: ${reason}; nothing of the query was run`,
    undefined,
  );
}

/**
 * The query under EXPLAIN, which plans it and runs nothing. PROFILE would run it, and Neo4j
 * takes only one of the two: a leading PROFILE is replaced.
 */
export function explainOf(cypher: string): string {
  const lead = /^(?:\s|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/.exec(cypher)?.[0] ?? "";
  const rest = cypher.slice(lead.length);
  return /^PROFILE\b/i.test(rest) ? `EXPLAIN ${rest.slice("PROFILE".length)}` : `EXPLAIN ${cypher}`;
}

const builtInsByDriver = new WeakMap<Driver, Promise<ReadonlySet<string>>>();

/** Cypher's own functions on this server, in lower case (their names are case-insensitive). */
function builtInFunctions(driver: Driver, database: string): Promise<ReadonlySet<string>> {
  let names = builtInsByDriver.get(driver);
  if (!names) {
    names = driver
      .executeQuery(
        "SHOW FUNCTIONS YIELD name, isBuiltIn WHERE isBuiltIn RETURN collect(toLower(name)) AS names",
        {},
        { database, routing: neo4j.routing.READ },
      )
      .then(({ records }) => new Set(records[0]?.get("names") as string[]));
    names.catch(() => builtInsByDriver.delete(driver));
    builtInsByDriver.set(driver, names);
  }
  return names;
}

function explain(error: unknown, query: ReadOnlyQuery): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string" || !code.startsWith("Neo.")) return error;
  const detail = (error as Error).message;
  // A write in a READ transaction; a write by a procedure (apoc.cypher.run) is refused as Forbidden.
  const writes =
    code === "Neo.ClientError.Statement.AccessMode" ||
    (code === "Neo.ClientError.Security.Forbidden" && /overridden by READ/i.test(detail));
  if (writes) {
    return new CypherQueryError(
      "write_refused",
      `refused: queries run read-only here, and this one writes; nothing was written (${detail})`,
      code,
    );
  }
  // Administration this edition does not have (STOP DATABASE, CREATE DATABASE, SHOW SERVERS):
  // Neo4j refuses to plan it, and it would be refused here anyway.
  if (
    code === "Neo.ClientError.Statement.UnsupportedAdministrationCommand" ||
    code === "Neo.ClientError.Statement.NotSystemDatabaseError"
  ) {
    return new CypherQueryError(
      "not_allowed",
      `refused: administration commands (users, databases, privileges) are the database owner's; nothing of the query was run (${detail})`,
      code,
    );
  }
  if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
    return new CypherQueryError(
      "timeout",
      `stopped: the query ran longer than the timeout of ${formatMillis(query.timeoutMs)} (raise it with --timeout)`,
      code,
    );
  }
  if (code === "Neo.ClientError.Statement.SyntaxError") {
    return new CypherQueryError("syntax", `not valid Cypher: ${detail}`, code);
  }
  if (code === "Neo.ClientError.Statement.ParameterMissing") {
    return new CypherQueryError(
      "missing_parameter",
      `${detail} (give it with --param name=value)`,
      code,
    );
  }
  if (/IN TRANSACTIONS/.test(detail)) {
    return new CypherQueryError(
      "unsupported",
      "not supported here: CALL { ... } IN TRANSACTIONS needs an auto-commit transaction, and queries run in a read transaction",
      code,
    );
  }
  return new CypherQueryError("failed", detail, code);
}

export function formatMillis(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
