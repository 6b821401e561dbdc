import neo4j from "neo4j-driver";
import { numberValue, tokenize, type CypherToken } from "./cypherTokens";

/**
 * What Neo4j 5 cannot stop, refused before it runs. A transaction's timeout (and TERMINATE
 * TRANSACTION) only marks it terminated; the query notices between rows and at its next read of
 * the graph. An expression that loops over values it already holds (reduce, a list
 * comprehension, any/all/none/single) reads nothing and makes no row until its loop ends:
 * `RETURN reduce(s = '', x IN range(1, 10000000) | s + 'a')` was seen running twelve minutes
 * after its timeout, at most of a core, and a transaction memory limit does not count what such
 * a loop builds. Lists the graph gives are bounded by the graph; `range()` is the one way to make
 * a list of any length from nothing, so its length is bounded here.
 */

/** Numbers one range() may make. A loop that doubles its work per item over them ends in seconds. */
export const MAX_RANGE_LENGTH = 100_000;
/** Numbers all the ranges of a query may make together (multiplied: loops within loops). */
export const MAX_RANGE_COMBINATIONS = 1_000_000;

/** A bound: a known number, plus, when `data`, the size of something the query read. */
interface Bound {
  value: number;
  data: boolean;
}

const DATA_SIZES = new Set(["size", "length"]);

/** Reads one arithmetic expression of tokens; undefined when it is anything else. */
class BoundReader {
  private at = 0;
  constructor(
    private readonly tokens: readonly CypherToken[],
    private readonly params: Readonly<Record<string, unknown>>,
  ) {}

  read(): Bound | undefined {
    const bound = this.sum();
    return this.at === this.tokens.length ? bound : undefined;
  }

  private char(text: string): boolean {
    const token = this.tokens[this.at];
    if (token?.kind !== "char" || token.text !== text) return false;
    this.at += 1;
    return true;
  }

  private sum(): Bound | undefined {
    let left = this.product();
    while (left) {
      const sign = this.char("+") ? 1 : this.char("-") ? -1 : 0;
      if (!sign) return left;
      const right = this.product();
      if (!right) return undefined;
      left = { value: left.value + sign * right.value, data: left.data || right.data };
    }
    return undefined;
  }

  private product(): Bound | undefined {
    let left = this.factor();
    while (left && this.char("*")) {
      const right = this.factor();
      // A size times anything is no longer bounded by the graph alone.
      if (!right || left.data || right.data) return undefined;
      left = { value: left.value * right.value, data: false };
    }
    return left;
  }

  private factor(): Bound | undefined {
    if (this.char("-")) {
      const inner = this.factor();
      return inner && { ...inner, value: -inner.value };
    }
    if (this.char("+")) return this.factor();
    if (this.char("(")) {
      const inner = this.sum();
      return inner && this.char(")") ? inner : undefined;
    }
    const token = this.tokens[this.at];
    if (token?.kind === "number") {
      this.at += 1;
      const value = numberValue(token.text);
      return Number.isFinite(value) ? { value, data: false } : undefined;
    }
    if (token?.kind !== "name") return undefined;
    if (token.text.startsWith("$")) {
      this.at += 1;
      const value = this.params[token.text.slice(1)];
      const number = neo4j.isInt(value) ? value.toNumber() : value;
      return typeof number === "number" ? { value: number, data: false } : undefined;
    }
    // size(...) or length(...) of what the query read: bounded by the graph.
    if (DATA_SIZES.has(token.text.toLowerCase()) && !token.quoted) {
      this.at += 1;
      if (!this.char("(")) return undefined;
      let depth = 1;
      while (this.at < this.tokens.length && depth > 0) {
        const next = this.tokens[this.at++]!;
        if (next.kind === "char" && next.text === "(") depth += 1;
        if (next.kind === "char" && next.text === ")") depth -= 1;
      }
      return depth === 0 ? { value: 0, data: true } : undefined;
    }
    return undefined;
  }
}

/** The calls of range() in the tokens, each with its arguments' tokens and its text. */
function rangeCalls(tokens: readonly CypherToken[]): CypherToken[][][] {
  const calls: CypherToken[][][] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    if (token.kind !== "name" || token.text.toLowerCase() !== "range") continue;
    if (tokens[i + 1]!.kind !== "char" || tokens[i + 1]!.text !== "(") continue;
    // n.range(...) is no call of the function; a procedure's namespace neither.
    if (previous?.kind === "char" && previous.text === ".") continue;
    const args: CypherToken[][] = [[]];
    let depth = 0;
    for (let j = i + 2; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.kind === "char" && "([{".includes(t.text)) depth += 1;
      if (t.kind === "char" && ")]}".includes(t.text)) {
        if (depth === 0) break;
        depth -= 1;
      }
      if (depth === 0 && t.kind === "char" && t.text === ",") args.push([]);
      else args.at(-1)!.push(t);
    }
    calls.push(args);
  }
  return calls;
}

const show = (tokens: readonly CypherToken[]) =>
  tokens.map((t) => (t.kind === "string" ? `'${t.text}'` : t.text)).join(" ");

/**
 * Why the query's ranges could make a loop that no timeout stops, or undefined: each range()
 * must have bounds known before it runs (numbers, parameters, sums of them, or a size() or
 * length() of what the query read, which the graph bounds) and make at most MAX_RANGE_LENGTH
 * numbers; together at most MAX_RANGE_COMBINATIONS.
 */
export function refusalOfRanges(
  cypher: string,
  params: Readonly<Record<string, unknown>> = {},
): string | undefined {
  let combinations = 1;
  const limit = MAX_RANGE_LENGTH.toLocaleString("en");
  const why =
    "Neo4j stops a query at its timeout between rows and reads of the graph, never inside an expression looping over a list";
  for (const args of rangeCalls(tokenize(cypher))) {
    const text = `range(${args.map(show).join(", ")})`;
    const bounds = args.map((arg) => new BoundReader(arg, params).read());
    if (bounds.length < 2 || bounds.length > 3 || bounds.some((b) => b === undefined)) {
      return `${text}: range() bounds must be numbers, parameters, or size() or length() of what the query read, so that its length is known before it runs (${why})`;
    }
    const [start, end, step = { value: 1, data: false }] = bounds as Bound[];
    if (step!.data || step!.value === 0) return `${text}: its step must be a number other than 0`;
    if (start!.data || end!.data) {
      if (Math.abs(start!.value) > MAX_RANGE_LENGTH || Math.abs(end!.value) > MAX_RANGE_LENGTH)
        return `${text} may make more than ${limit} numbers (${why})`;
      continue;
    }
    const length = Math.max(0, Math.floor((end!.value - start!.value) / step!.value) + 1);
    if (length > MAX_RANGE_LENGTH) {
      return `${text} makes ${length.toLocaleString("en")} numbers, and range() may make at most ${limit} here (${why})`;
    }
    combinations *= Math.max(1, length);
    if (combinations > MAX_RANGE_COMBINATIONS) {
      return `the query's ranges make more than ${MAX_RANGE_COMBINATIONS.toLocaleString("en")} combinations together (${why})`;
    }
  }
  return undefined;
}
