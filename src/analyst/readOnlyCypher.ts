import neo4j, { type Driver } from "neo4j-driver";

/** An analyst's query: any Cypher, run read-only, with a time and a row limit. */
export interface ReadOnlyQuery {
  cypher: string;
  params?: Record<string, unknown>;
  /** Rows kept; the query's further rows are not fetched. */
  limit: number;
  /** The server stops the transaction after this long. */
  timeoutMs: number;
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
  "write_refused" | "timeout" | "syntax" | "missing_parameter" | "unsupported" | "failed";

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
 * Runs one query in a READ transaction. Neo4j itself refuses any write in it (data, schema,
 * procedures that write), so nothing is written whatever the text says; the refusal becomes a
 * CypherQueryError of kind write_refused.
 */
export async function runReadOnlyCypher(
  driver: Driver,
  database: string,
  query: ReadOnlyQuery,
): Promise<ReadOnlyResult> {
  const started = performance.now();
  const session = driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(query.limit + 1, 1000),
  });
  try {
    const { columns, rows, truncated } = await session.executeRead(
      async (tx) => {
        const result = tx.run(query.cypher, query.params ?? {});
        const columns = [...(await result.keys())] as string[];
        const rows: unknown[][] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length === query.limit) {
            // Leaving the loop discards the rest of the stream on the server.
            truncated = true;
            break;
          }
          rows.push(columns.map((column) => record.get(column)));
        }
        return { columns, rows, truncated };
      },
      { timeout: query.timeoutMs, metadata: { app: "iss-knowledge-graph cypher" } },
    );
    return { columns, rows, truncated, elapsedMs: Math.round(performance.now() - started) };
  } catch (error) {
    throw explain(error, query);
  } finally {
    await session.close();
  }
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
