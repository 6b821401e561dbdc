import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { apiProcessEnv } from "../support/apiProcessEnv";
import { KillableNeo4j, killableTestNeo4jSettings } from "../support/KillableNeo4j";
import { buildServer, startServerProcess, type ServerProcess } from "../support/serverProcess";
import { writerHeaders } from "../support/writerHeaders";

/**
 * The API left running while its Neo4j is killed (SIGKILL, as a crash) and started again: it
 * fails fast and says why, /readyz says so within a second without internals, subscriptions
 * keep their socket, and it serves again without a restart. On a Neo4j of the test's own.
 */

/** The API's request time in these tests: a frozen Neo4j must not hold an answer longer. */
const REQUEST_TIMEOUT_MS = 4_000;

const ARTICLE_TEXT = "The crew closed the hatch to the Zvezda module. The leak rate fell.";

const REGISTER_ARTICLE = `mutation Register($input: RegisterArticleInput!, $commandId: ID) {
  registerArticle(input: $input, commandId: $commandId) {
    receipt { positions replayed }
  }
}`;

interface GraphQLAnswer {
  status: number;
  retryAfter: string | null;
  millis: number;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    millis: performance.now() - started,
    text,
    body: JSON.parse(text) as GraphQLAnswer["body"],
  };
}

async function registerArticle(url: string, articleId: string, commandId: string) {
  return post(
    url,
    REGISTER_ARTICLE,
    {
      input: {
        articleId,
        title: `Outage ${articleId}`,
        publisher: "Test",
        publishedOn: "2024-02-29",
        text: ARTICLE_TEXT,
      },
      commandId,
    },
    await writerHeaders(),
  );
}

async function readyz(url: string) {
  const started = performance.now();
  const response = await fetch(url.replace(/\/graphql$/, "/readyz"));
  const text = await response.text();
  return { status: response.status, millis: performance.now() - started, text };
}

async function until<T>(what: string, attempt: () => Promise<T | undefined>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the API while its Neo4j is killed and started again", () => {
  const neo4j = new KillableNeo4j(killableTestNeo4jSettings("test-outage"));
  let api: ServerProcess | undefined;
  let subscriptions: Client | undefined;

  beforeAll(async () => {
    buildServer();
    await neo4j.startEmpty();
    api = await startServerProcess({
      ...apiProcessEnv(neo4j.address),
      REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    });
  }, 300_000);

  afterAll(async () => {
    await subscriptions?.dispose();
    api?.kill();
    await neo4j.stop();
  }, 120_000);

  it("fails fast with SERVICE_UNAVAILABLE, is not ready without saying why, and comes back by itself", async () => {
    const url = api!.url;
    const first = await registerArticle(url, "outage-before", "outage-before");
    expect(first.body.errors).toBeUndefined();

    // A subscriber from the start of the log, whose socket must outlive the outage.
    const closes: number[] = [];
    const positions: number[] = [];
    subscriptions = createClient({
      url: url.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      on: { closed: (event) => closes.push((event as { code: number }).code) },
    });
    subscriptions.subscribe<{ events: { position: number } }>(
      { query: "subscription { events(fromPosition: 1) { position } }" },
      {
        next: ({ data }) => data && positions.push(data.events.position),
        error: () => {},
        complete: () => {},
      },
    );
    await until("the subscriber gets the first event", async () => positions[0], 10_000);

    await neo4j.kill();
    const bolt = `${neo4j.settings.boltPort}`;

    const notReady = await readyz(url);
    expect(notReady.status).toBe(503);
    expect(notReady.millis).toBeLessThan(1000);
    expect(JSON.parse(notReady.text)).toEqual({ status: "not ready", detail: "neo4j unreachable" });
    expect(notReady.text).not.toContain(bolt);

    const health = await fetch(url.replace(/\/graphql$/, "/healthz"));
    expect(health.status).toBe(200);

    const read = await post(url, "{ logPosition }");
    const generatedRead = await post(url, "{ articles { id } }");
    const write = await registerArticle(url, "outage-during", "outage-during");
    for (const answer of [read, generatedRead, write]) {
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe("1");
      expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(["SERVICE_UNAVAILABLE"]);
      expect(answer.text).not.toContain(bolt);
      expect(answer.text).not.toContain("ECONNREFUSED");
      // The driver's defaults made these wait 33-66 s; about one retry's back-off now.
      expect(answer.millis).toBeLessThan(3000);
    }

    const backAt = performance.now();
    await neo4j.restart();
    const restartMillis = performance.now() - backAt;
    const boltBackAt = performance.now();
    await until(
      "/readyz says ready",
      async () => ((await readyz(url)).status === 200 ? true : undefined),
      10_000,
    );
    // The command that failed is sent again with its id: it had not been executed, so it is now.
    const retried = await until(
      "a write succeeds",
      async () => {
        const answer = await registerArticle(url, "outage-during", "outage-during");
        return answer.body.errors ? undefined : answer;
      },
      30_000,
    );
    const writeBackMillis = performance.now() - boltBackAt;
    const receipt = (a: GraphQLAnswer) =>
      (a.body.data!.registerArticle as { receipt: { positions: number[]; replayed: boolean } })
        .receipt;
    // Written once, at 2: by this answer, or by an attempt that ran out of its request's time
    // while Neo4j started (REQUEST_TIMEOUT, "may have been written"), which this one replays.
    expect(receipt(retried).positions).toEqual([2]);
    const again = await registerArticle(url, "outage-during", "outage-during");
    expect(receipt(again)).toEqual({ positions: [2], replayed: true });

    await until(
      "the subscriber gets the event written after the outage",
      async () => (positions.includes(2) ? true : undefined),
      10_000,
    );
    expect(positions).toEqual([1, 2]);
    expect(closes).toEqual([]);
    process.stdout.write(
      `\n[outage] during: /readyz 503 in ${Math.round(notReady.millis)} ms; SERVICE_UNAVAILABLE in ` +
        `${[read, generatedRead, write].map((a) => Math.round(a.millis)).join(", ")} ms (read, generated read, write); ` +
        `after: Neo4j restarted in ${(restartMillis / 1000).toFixed(1)} s, first write ${Math.round(writeBackMillis)} ms after Bolt answered\n`,
    );
  }, 300_000);

  it("answers writes within REQUEST_TIMEOUT_MS while Neo4j is frozen; sent again with their ids, each is written once", async () => {
    const url = api!.url;
    const pid = neo4j.local.runningPid()!;
    const ids = Array.from({ length: 8 }, (_, i) => `frozen-${i}`);
    process.kill(pid, "SIGSTOP");
    let answers: GraphQLAnswer[];
    try {
      // One goes into a group whose transaction hangs; the others wait for it.
      answers = await Promise.all(ids.map((id) => registerArticle(url, id, id)));
    } finally {
      process.kill(pid, "SIGCONT");
    }
    const extensions = answers.map(
      (a) => a.body.errors?.[0]?.extensions as Record<string, unknown>,
    );
    process.stdout.write(
      `[outage] frozen Neo4j: writes answered in ${answers.map((a) => Math.round(a.millis)).join(", ")} ms (REQUEST_TIMEOUT_MS ${REQUEST_TIMEOUT_MS})\n`,
    );
    for (const [i, answer] of answers.entries()) {
      expect(answer.status).toBe(400);
      expect(extensions[i]).toMatchObject({ code: "REQUEST_TIMEOUT", commandId: ids[i] });
      expect(answer.millis).toBeLessThan(REQUEST_TIMEOUT_MS + 1_500);
    }
    // At least one was still waiting, withdrawn: it was not written.
    expect(extensions.filter((e) => e.written === false).length).toBeGreaterThan(0);
    const positions: number[] = [];
    for (const id of ids) {
      const again = await until(
        `${id} written`,
        async () => {
          const answer = await registerArticle(url, id, id);
          return answer.body.errors ? undefined : answer;
        },
        60_000,
      );
      const { receipt } = again.body.data!.registerArticle as { receipt: { positions: number[] } };
      positions.push(...receipt.positions);
    }
    // Each once: eight events, at eight distinct positions.
    expect(new Set(positions).size).toBe(ids.length);
  }, 300_000);
});
