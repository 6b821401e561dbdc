import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { serverSettings, type ServerSettings } from "../../src/config/serverSettings";
import { ensureSchema } from "../../src/neo4j/ensureSchema";
import { startApiServer, type StartedServer } from "../../src/server/ApiServer";
import { createLogger } from "../../src/server/createLogger";
import { emptyDatabase } from "../../tools/support/emptyDatabase";
import { testDriver } from "./testDatabase";
import { TEST_ENV } from "./testNeo4j";
import { bearer, testAuthSettings } from "../../tools/support/testTokens";

/**
 * The real server, in this process, on a free port, over the test Neo4j: emptied, then seeded
 * (or, with `empty: false`, as it is: a second server over the same database), with the default
 * settings but for what `settings` changes.
 */
export async function startTestServer(
  options: { empty?: boolean; settings?: Partial<ServerSettings> } = {},
): Promise<StartedServer> {
  if (options.empty !== false) {
    const driver = testDriver();
    try {
      await ensureSchema(driver, "neo4j");
      await emptyDatabase(driver);
    } finally {
      await driver.close();
    }
  }
  return startApiServer({
    settings: {
      ...serverSettings({}),
      port: 0,
      logLevel: "warn",
      bodyLimit: "100kb",
      auth: testAuthSettings(),
      // Off but where a test asks for it (the explorer's first visits): a warming beside a
      // test's own requests would only slow the suite.
      warmPlans: false,
      ...options.settings,
    },
    target: {
      kind: "external",
      uri: process.env[TEST_ENV.uri]!,
      user: process.env[TEST_ENV.user]!,
      password: process.env[TEST_ENV.password]!,
      database: "neo4j",
    },
    log: createLogger(process.env.TEST_LOG_LEVEL ?? "silent"),
  });
}

export interface GraphQLResponse<T> {
  status: number;
  contentType: string;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/**
 * A typed GraphQL-over-HTTP client: the operation's document gives its result and variables
 * types. `authorization` is sent with every request (e.g. `await bearer("writer")`).
 */
export function graphqlClient(url: string, authorization?: string) {
  return async function request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<GraphQLResponse<TResult>> {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
    return {
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      ...((await response.json()) as object),
    };
  };
}

/** What a query written as a string answers: its data and errors, as the server sent them. */
export interface TextQueryAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * A GraphQL-over-HTTP client for queries written inline as strings, where a typed document would
 * be more ceremony than the test is worth. `authorization` is sent with every request.
 */
export function textQueryClient(url: string, authorization?: string) {
  return async function ask<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<TextQueryAnswer<T>> {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as TextQueryAnswer<T>;
  };
}

/**
 * The seeded test server of the describe that calls it: started before its tests and stopped
 * after them. `request` (typed documents) and `ask` (queries as strings) send a writer's token.
 */
export function serverForTests(options: Parameters<typeof startTestServer>[0] = {}) {
  const api = {
    server: undefined as unknown as StartedServer,
    /** Its origin: http://127.0.0.1:<port>. */
    origin: "",
    request: undefined as unknown as ReturnType<typeof graphqlClient>,
    ask: undefined as unknown as ReturnType<typeof textQueryClient>,
  };
  beforeAll(async () => {
    api.server = await startTestServer(options);
    api.origin = new URL(api.server.url).origin;
    const writer = await bearer("writer");
    api.request = graphqlClient(api.server.url, writer);
    api.ask = textQueryClient(api.server.url, writer);
  });
  afterAll(async () => {
    await api.server?.stop();
  });
  return api;
}
