import { createHash, randomBytes } from "node:crypto";
import type { HostileRequest } from "./hostileRequest";

/** What the credential attacks need: forged tokens of the run, and a key id the log shows. */
export interface TrustTargets {
  /**
   * `Authorization` values that must be refused with 401, whatever they say: JWTs signed with
   * the run's secret but without `exp`, valid for a year, with a 10 KB `sub`, or posing as a key
   * or the seed by their `sub` (accepted, those would write as `jwt:...`, checked elsewhere).
   */
  refusedCredentials: readonly string[];
  /** The id a key of the first format carries in its token (public: old events name it). */
  legacyKeyId: string;
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * Requests of the second trust pass: automatic persisted queries of every kind (never
 * INTERNAL_SERVER_ERROR), credentials that must not verify (401), and tokens naming a
 * first-format key's id with a random secret (401, or 429 once the client has failed too often;
 * answered at once either way: the fuzz's p99 says so).
 */
export function trustRequestMakers(r: {
  pick: <T>(values: readonly T[]) => T;
  int: (max: number) => number;
  targets: TrustTargets;
}): (() => HostileRequest)[] {
  const { pick, int, targets } = r;
  const post = (kind: string, body: unknown, headers: Record<string, string> = {}) => ({
    kind,
    method: "POST" as const,
    path: "/graphql",
    headers: { "content-type": "application/json", ...headers },
    body: json(body),
  });
  const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
  return [
    () => {
      const query = pick([
        "{ logPosition }",
        `{ entity(id: "zvezda") { id } }`,
        `{ x${int(1e6)}: logPosition }`,
      ]);
      const hash = pick([sha256(query), "0".repeat(64), "not-a-hash", sha256(`${query} `)]);
      const version = pick<unknown>([1, 1, 2, "1", 0, null, {}]);
      const withQuery = int(2) === 0;
      return post("persisted-query", {
        ...(withQuery ? { query } : {}),
        extensions: { persistedQuery: { version, sha256Hash: hash } },
      });
    },
    () => ({
      kind: "persisted-query",
      method: "GET",
      path: `/graphql?extensions=${encodeURIComponent(json({ persistedQuery: { version: pick([1, 2]), sha256Hash: "0".repeat(64) } }))}`,
      headers: { "apollo-require-preflight": "true" },
    }),
    () => ({
      ...post(
        "forged-credential",
        { query: "{ viewer { subject } }" },
        {
          authorization: pick(targets.refusedCredentials),
        },
      ),
      expectStatus: 401,
    }),
    () => ({
      ...post(
        "legacy-key-guess",
        { query: "{ logPosition }" },
        {
          authorization: `Bearer isskg_${targets.legacyKeyId}_${randomBytes(32).toString("base64url")}`,
        },
      ),
      expectStatus: [401, 429],
    }),
  ];
}
