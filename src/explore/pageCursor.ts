import { createHash } from "node:crypto";
import { invalid } from "../domain/DomainError";
import { requireBetween } from "../domain/validate";
import { int } from "../neo4j/neo4jValues";

/*
 * Keyset pages of the explore reads (timelineConnection, relationsConnection, searchConnection).
 * A list is in a total order of a key (its sort values, ending with an id); a cursor is the key of
 * the last edge a client saw, and the next page is what comes strictly after it. A fact inserted
 * between two pages lands before the cursor (not shown: the client asked from there) or after it
 * (shown once): unlike an offset, the cursor never shifts what was already seen.
 */

/** One value of a sort key: a string (an id, an instant), a number (a rank, a position) or null. */
export type KeyValue = string | number | null;
export type SortKey = readonly KeyValue[];

/** What a position of a key may hold: "string", "number", or either of them or null ("?" after it). */
export type KeyShape = readonly ("string" | "number" | "string?" | "number?")[];

/** The version of the cursors' format: a cursor of another version is refused, never misread. */
const CURSOR_VERSION = 1;

/** The arguments that choose a list (not first, not after): a cursor belongs to that list only. */
export type ListFilter = object;

/** A short digest of a list's filter: a cursor of another list (another about, asOf...) differs. */
function digest(list: string, filter: ListFilter): string {
  const entries = Object.entries(filter as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null)
    .sort(([a], [b]) => a.localeCompare(b));
  return createHash("sha256")
    .update(JSON.stringify([list, entries]))
    .digest("base64url")
    .slice(0, 12);
}

/** The opaque cursor of a key: base64url of its version, its list's digest and the key. */
export function encodeCursor(list: string, filter: ListFilter, key: SortKey): string {
  const payload = JSON.stringify({ v: CURSOR_VERSION, l: digest(list, filter), k: key });
  return Buffer.from(payload, "utf8").toString("base64url");
}

const fits = (value: unknown, shape: KeyShape[number]) =>
  (shape.endsWith("?") && value === null) || typeof value === shape.replace("?", "");

/**
 * The key of a cursor this list issued, or a BAD_USER_INPUT on `after`: a cursor that is not
 * base64 of JSON, of another version, of another list or filter, or whose key has another shape.
 */
export function decodeCursor(
  list: string,
  filter: ListFilter,
  cursor: string,
  shape: KeyShape,
): SortKey {
  const refuse = (why: string) =>
    invalid(
      "after",
      `after is not a cursor of this ${list}: ${why}; pass an edge's cursor or pageInfo.endCursor as the API returned it`,
    );
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refuse("it is not one the API issued");
  }
  const { v, l, k } = (payload ?? {}) as { v?: unknown; l?: unknown; k?: unknown };
  if (v !== CURSOR_VERSION) throw refuse("it is not one the API issued, or of an older version");
  if (l !== digest(list, filter)) throw refuse("it was issued for other arguments");
  if (!Array.isArray(k) || k.length !== shape.length || !k.every((x, i) => fits(x, shape[i]!)))
    throw refuse("its key is damaged");
  return k as SortKey;
}

/** The page sizes of a list: `first` when it is not given, and the most it may be. */
export interface PageBounds {
  defaultFirst: number;
  maxFirst: number;
}

/** A request for a page: how many, after which key (null: from the start). */
export interface PageRequest {
  first: number;
  after: SortKey | null;
}

/** A read's page arguments, as the API takes them. */
export interface PageArguments {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

/** A page request from a read's `first` and `after`, checked against the list's bounds. */
export function pageRequest(
  list: string,
  filter: ListFilter,
  args: PageArguments,
  bounds: PageBounds,
  shape: KeyShape,
): PageRequest {
  const first = requireBetween("first", args.first ?? bounds.defaultFirst, 1, bounds.maxFirst);
  const after = args.after ? decodeCursor(list, filter, args.after, shape) : null;
  return { first, after };
}

/** A page as the API's connections answer it (Relay's shape: edges, pageInfo). */
export interface Page<Edge> {
  edges: (Edge & { cursor: string })[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/**
 * A page with its list's total: a number when it came with the page, else a function that
 * counts it, which GraphQL's default resolver runs only when totalCount is selected.
 */
export type Connection<Edge> = Page<Edge> & { totalCount: number | (() => Promise<number>) };

/**
 * The page of `first` items from rows read in key order, one more than `first` to tell whether
 * there is a next page; each edge with the cursor of its key.
 */
export function toPage<Edge>(
  rows: readonly Edge[],
  request: PageRequest,
  cursorOf: (edge: Edge, index: number) => string,
): Page<Edge> {
  const edges = rows
    .slice(0, request.first)
    .map((edge, i) => ({ ...edge, cursor: cursorOf(edge, i) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > request.first,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Whether key `a` comes after key `b` in ascending order (null after every value, as in Cypher). */
export function keyAfter(a: SortKey, b: SortKey): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return true;
    if (y === null) return false;
    return x > y;
  }
  return false;
}

/** A key as Cypher parameters: its numbers as integers (a position, a rank), the rest as is. */
export function keyParameter(key: SortKey | null): unknown[] | null {
  return key ? key.map((value) => (typeof value === "number" ? int(value) : value)) : null;
}

/**
 * A column of a key as afterKey compares it: its Cypher expression over the row, whether it may
 * be null (then it sorts last, as Cypher's ORDER BY puts nulls), and how the cursor's value
 * becomes comparable to it (a datetime's ISO text through datetime(), say).
 */
export interface KeyColumn {
  cypher: string;
  nullable?: boolean;
  parameter?: (value: string) => string;
}

/** A key column of instants that may be null (undated), its cursor value as Cypher wrote it. */
export function instantColumn(cypher: string): KeyColumn {
  return { cypher, nullable: true, parameter: (value) => `datetime(${value})` };
}

/**
 * Cypher: the row's key (`columns`) comes strictly after $after, in ascending order of the
 * columns, nulls last, or $after is null. Only the columns' expressions are spliced in.
 */
export function afterKey(columns: readonly (string | KeyColumn)[]): string {
  const parts = columns.map((column, i) => {
    const {
      cypher: c,
      nullable,
      parameter,
    } = typeof column === "string" ? { cypher: column } : column;
    const value = `$after[${i}]`;
    const a = parameter ? parameter(value) : value;
    return nullable
      ? {
          greater: `(${value} IS NOT NULL AND (${c} IS NULL OR ${c} > ${a}))`,
          equal: `(CASE WHEN ${value} IS NULL THEN ${c} IS NULL ELSE ${c} = ${a} END)`,
        }
      : { greater: `${c} > ${a}`, equal: `${c} = ${a}` };
  });
  const from = (i: number): string =>
    i === parts.length - 1
      ? parts[i]!.greater
      : `(${parts[i]!.greater} OR (${parts[i]!.equal} AND ${from(i + 1)}))`;
  return `($after IS NULL OR ${from(0)})`;
}
