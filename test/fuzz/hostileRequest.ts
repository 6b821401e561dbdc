/** One request as a hostile client sends it: any method, headers and bytes. */
export interface HostileRequest {
  /** What it tries (for the report): "alias-bomb", "bad-json", "lucene"... */
  kind: string;
  method: "GET" | "POST" | "PUT" | "DELETE" | "OPTIONS";
  /** Path and query string, e.g. /graphql?query=... */
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array | string;
  /** The only statuses that may answer it (a forged credential: 401), when it matters. */
  expectStatus?: number | readonly number[];
}
