import type { Driver } from "neo4j-driver";
import { request } from "undici";
import { TRANSACTION_APP } from "../../src/graphql/RequestScope";
import type { StartedServer } from "../../src/server/ApiServer";
import { bearer } from "../../tools/support/testTokens";
import { testDriver } from "./testDatabase";
import { startTestServer } from "./testServer";

/*
 * Requests as the limits' tests send them: raw bodies and headers, timed, with the request's id;
 * and what Neo4j shows of the API's transactions meanwhile.
 */

export interface Answer {
  status: number;
  millis: number;
  requestId: string | null;
  /** The WWW-Authenticate challenge of a refusal for want of credentials. */
  wwwAuthenticate: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

export async function post(
  url: string,
  body: string | Buffer,
  headers: Record<string, string> = { "content-type": "application/json" },
  signal?: AbortSignal,
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers, body, signal: signal ?? null });
  const text = await response.text();
  return {
    status: response.status,
    millis: performance.now() - started,
    requestId: response.headers.get("request-id"),
    wwwAuthenticate: response.headers.get("www-authenticate"),
    body: JSON.parse(text) as Answer["body"],
  };
}

/** A query as JSON, with these headers besides its content type. */
export const postQuery = (url: string, query: string, headers: Record<string, string> = {}) =>
  post(url, JSON.stringify({ query }), { "content-type": "application/json", ...headers });

/** As a writer: the commands' own checks are what these tests reach. */
export const graphql = async (url: string, query: string, variables?: Record<string, unknown>) =>
  post(url, JSON.stringify({ query, variables }), {
    "content-type": "application/json",
    authorization: await bearer("writer"),
  });

/**
 * A `where` of people (or, from "citizens", of countries) nesting `hops` relationship filters:
 * Person.citizenOf -> Country.citizens -> Person.citizenOf ...
 */
export function nestedFilter(hops: number, quantifier = "some", outer = "citizenOf"): string {
  const [first, second] =
    outer === "citizenOf" ? ["citizenOf", "citizens"] : ["citizens", "citizenOf"];
  let where = `{ id: { eq: "nobody" } }`;
  for (let i = hops - 1; i >= 0; i--)
    where = `{ ${i % 2 === 0 ? first : second}: { ${quantifier}: ${where} } }`;
  return where;
}

export const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

/** The transactions of this API in Neo4j, of one request or all. */
export async function appTransactions(driver: Driver, requestId?: string | null) {
  const { records } = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, metaData, status
     WHERE metaData.app = $app AND ($requestId IS NULL OR metaData.requestId = $requestId)
     RETURN transactionId, metaData.requestId AS requestId, status`,
    { app: TRANSACTION_APP, requestId: requestId ?? null },
    { database: "neo4j" },
  );
  return records.map((r) => r.toObject());
}

/** How long after `since` the request's transactions were all gone (polled every 25 ms, up to 20 s). */
export async function millisUntilGone(
  driver: Driver,
  requestId: string,
  since: number,
): Promise<number> {
  while (performance.now() - since < 20_000) {
    if ((await appTransactions(driver, requestId)).length === 0) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Infinity;
}

/** An HTTP request with any headers (a browser's Origin included), its status, headers and body. */
export async function send(
  url: string,
  options: { method?: "GET" | "POST" | "OPTIONS"; headers?: Record<string, string>; body?: string },
) {
  const answer = await request(url, {
    method: options.method ?? "GET",
    headers: options.headers ?? {},
    ...(options.body === undefined ? {} : { body: options.body }),
  });
  const text = await answer.body.text();
  const header = (name: string) => {
    const value = answer.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  return { status: answer.statusCode, header, text };
}

/** The headers of a browser's CORS preflight of a GraphQL POST from `origin`. */
export const PREFLIGHT_FROM = (origin: string) => ({
  origin,
  "access-control-request-method": "POST",
  "access-control-request-headers": "content-type,authorization,apollo-require-preflight",
});

/**
 * The seeded server of the limits' tests of the describe that calls it (bodies up to 1 MB, so
 * that the limits, not the body's, refuse), and a driver to see its transactions in Neo4j.
 */
export function limitsServerForTests() {
  const ctx = {
    server: undefined as unknown as StartedServer,
    driver: undefined as unknown as Driver,
  };
  beforeAll(async () => {
    ctx.server = await startTestServer({ settings: { bodyLimit: "1mb" } });
    ctx.driver = testDriver();
  });
  afterAll(async () => {
    await ctx.driver?.close();
    await ctx.server?.stop();
  });
  return ctx;
}
