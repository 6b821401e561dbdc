import type { HostileRequest } from "./hostileRequest";
import type { TrustTargets } from "./trustRequests";

/* What the makers of hostile requests share: the hostile values, and how a request is written. */

/** Strings that mean something to Cypher, Lucene, JSON, URLs, Unicode or a terminal. */
export const NASTY_STRINGS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "`) CALL dbms.killQueries() //",
  "$param",
  "\\u0000",
  "\u0000\u0001\u0002",
  "AND",
  "OR NOT",
  "(",
  ")",
  '"leak',
  "station:",
  "*:*",
  "name:/.*/",
  "leak~",
  "leak^999999",
  "[a TO z]",
  "{",
  "\\",
  "%",
  "%00",
  "../../etc/passwd",
  "file:///etc/passwd",
  "http://127.0.0.1:7474/",
  "<script>alert(1)</script>",
  "ǅ̸̢̛͈͙̞̳̤͓͕̄̊͌̕ͅ",
  "\u202e\u2066evil",
  "😀".repeat(50),
  "\ud800",
  "NaN",
  "-1",
  "9".repeat(40),
  "1e309",
  "null",
  "",
  " ",
  "\n\t\r",
];

export const INVALID_DATES = [
  "2024-13-45",
  "2024-02-30",
  "yesterday",
  "0000-00-00",
  "99999-01-01",
  "2024-1-1",
  "2024-02-29T25:61:00Z",
  "-2024",
  "2024/02/29",
  "",
];

export const NUMBERS = [-1, -2147483648, 0, 2147483647, 1e6, 3.5];

export type Pick = <T>(values: readonly T[]) => T;

/** What the hostile requests aim at. */
export interface FuzzTargets extends TrustTargets {
  /** An article of the log, whose text no generated quote is in. */
  articleId: string;
  /** Ids that exist, so some requests reach deep into the resolvers. */
  entityIds: readonly string[];
  /** A writer's `Authorization`: half the mutations carry it, to reach the domain's checks. */
  writerAuthorization: string;
}

/** What each maker draws from: the run's random choices and its targets. */
export interface MakerTools {
  pick: Pick;
  int: (max: number) => number;
  random: () => number;
  /** A hostile string: one of NASTY_STRINGS, or random characters. */
  nasty: () => string;
  /** An id: one that exists, or a hostile string. */
  id: () => string;
  targets: FuzzTargets;
}

/** A family of hostile requests: its makers, each drawing one request from the run's tools. */
export type RequestMakers = (tools: MakerTools) => (() => HostileRequest)[];

export function randomString(random: () => number, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += String.fromCharCode(Math.floor(random() * 0x2fff));
  return out;
}

export const json = (value: unknown) => JSON.stringify(value);

/**
 * A filter of people through their citizenship `depth` times: their countries' citizens'
 * countries... each relationship filtered by the quantifier given (some, all, none, single).
 */
export function citizenship(depth: number, quantifier: () => string, name: string): string {
  let where = `{ name: { eq: ${name} } }`;
  for (let level = depth - 1; level >= 0; level--)
    where = `{ ${level % 2 === 0 ? "citizenOf" : "citizens"}: { ${quantifier()}: ${where} } }`;
  return where;
}

/**
 * A header value as bytes can carry it: what fetch and undici refuse to send (controls, code
 * points above 0xFF) becomes "?", so every such request reaches the server.
 */
export const headerValue = (value: string) => value.replace(/[^\x20-\x7e\x80-\xff]/g, "?");

/** Percent-encodes the UTF-8 bytes of any string (encodeURIComponent throws on a lone surrogate). */
export const uriComponent = (value: string) =>
  Array.from(Buffer.from(value, "utf8"), (byte) => `%${byte.toString(16).padStart(2, "0")}`).join(
    "",
  );

export function graphql(
  kind: string,
  query: string,
  variables?: unknown,
  headers: Record<string, string> = {},
): HostileRequest {
  return {
    kind,
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json", ...headers },
    body: json(variables === undefined ? { query } : { query, variables }),
  };
}
