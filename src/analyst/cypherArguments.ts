import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { DEFAULT_GRACE_MS, DEFAULT_LIMIT, DEFAULT_TIMEOUT_MS } from "./readOnlyCypher";

/** The command line of `npm run cypher`, parsed and checked; a mistake is a UsageError. */

export type OutputFormat = "table" | "json" | "csv";

export interface CypherOptions {
  format: OutputFormat;
  limit: number;
  timeoutMs: number;
  params: Record<string, unknown>;
}

export type CypherArguments =
  { kind: "help" } | { kind: "run"; query: string | undefined; options: CypherOptions };

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const CYPHER_USAGE = `Runs Cypher read-only against the project's Neo4j (NEO4J_URI, or the local one).

usage: npm run cypher -- [options] "<query>"
       npm run cypher -- [options]            (no query: interactive, queries end with ;)

options:
  --param, -p name=value   a query parameter ($name); the value is read as JSON
                           (42, "text", [1, 2], {"k": true}), else taken as text
  --limit N                keep at most N rows (default ${DEFAULT_LIMIT}); says so when rows were cut
  --timeout T              stop the query after T: 500ms, 30s, 2m; a bare number is seconds
                           (default ${DEFAULT_TIMEOUT_MS / 1000}s); the command answers at most
                           ${DEFAULT_GRACE_MS / 1000}s later, saying whether Neo4j still runs it
  --table | --json | --csv output format (default: table)
  --help, -h               this text

interactive: end a query with ;  :param name=value  :params  :help  :exit
exit codes: 0 done, 1 the query (or the connection) failed, 2 wrong usage`;

/** A `name=value` parameter: the value as JSON when it parses, else as text; whole numbers as integers. */
export function parseParam(text: string): [string, unknown] {
  const equals = text.indexOf("=");
  const name = equals < 0 ? "" : text.slice(0, equals).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new UsageError(`--param takes name=value (a name of letters, digits, _), got "${text}"`);
  }
  const raw = text.slice(equals + 1);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  return [name, toCypherParameter(value)];
}

/** JSON numbers without a fraction become Cypher integers (JavaScript numbers are floats in Cypher). */
function toCypherParameter(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParameter);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, toCypherParameter(inner)]),
    );
  }
  return value;
}

/** 500ms, 30s, 2m or a bare number of seconds, in milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  const unit = { ms: 1, s: 1000, m: 60_000 }[match?.[2] ?? "s"] ?? 1000;
  const ms = match ? Math.round(Number(match[1]) * unit) : NaN;
  if (!(ms >= 1)) {
    throw new UsageError(`--timeout takes a duration such as 500ms, 30s or 2m, got "${text}"`);
  }
  return ms;
}

export function parseLimit(text: string): number {
  const limit = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new UsageError(`--limit takes a whole number of rows, 1 or more, got "${text}"`);
  }
  return limit;
}

export function parseCypherArguments(argv: readonly string[]): CypherArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        param: { type: "string", short: "p", multiple: true },
        limit: { type: "string" },
        timeout: { type: "string" },
        table: { type: "boolean" },
        json: { type: "boolean" },
        csv: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  const formats = (["table", "json", "csv"] as const).filter((format) => values[format]);
  if (formats.length > 1) {
    throw new UsageError(
      `choose one output format, not ${formats.map((f) => `--${f}`).join(" and ")}`,
    );
  }
  if (positionals.length > 1) {
    throw new UsageError(
      `give the query as one argument, in quotes (got ${positionals.length} arguments)`,
    );
  }
  const query = positionals[0];
  if (query !== undefined && query.trim() === "") throw new UsageError("the query is empty");
  return {
    kind: "run",
    query,
    options: {
      format: formats[0] ?? "table",
      limit: values.limit === undefined ? DEFAULT_LIMIT : parseLimit(values.limit),
      timeoutMs: values.timeout === undefined ? DEFAULT_TIMEOUT_MS : parseDuration(values.timeout),
      params: Object.fromEntries((values.param ?? []).map(parseParam)),
    },
  };
}
