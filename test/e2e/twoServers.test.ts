import type { Driver } from "neo4j-driver";
import { Neo4jEventStore } from "../../src/eventstore/Neo4jEventStore";
import { ensureSchema } from "../../src/neo4j/ensureSchema";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { rebuildProjection } from "../../src/projection/rebuildProjection";
import type { StartedServer } from "../../src/server/ApiServer";
import { buildServer, startServerProcess, type ServerProcess } from "../support/serverProcess";
import { emptyDatabase } from "../../tools/support/emptyDatabase";
import { testDriver } from "../support/testDatabase";
import { startTestServer } from "../support/testServer";
import { TEST_DATABASE } from "../support/testServices";
import { bearer } from "../../tools/support/testTokens";

const ARTICLE = "iss-leaks-ap-2024-02-29";

/** A mutation and the node as now projected, read by the generated reads with this selection. */
const REGISTER = `mutation Register($input: RegisterEntityInput!) {
      registerEntity(input: $input) {
        receipt { stream positions }
        entity { id name kind }
      }
    }`;

interface Answer {
  data?: {
    registerEntity: {
      receipt: { stream: string; positions: number[] };
      entity: { id: string; name: string; kind: string } | null;
    };
  };
  errors?: unknown[];
}

async function register(url: string, id: string): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: await bearer("writer") },
    body: JSON.stringify({
      query: REGISTER,
      variables: {
        input: {
          entityId: id,
          kind: "Person",
          name: `Person ${id}`,
          source: { articleId: ARTICLE, quote: "stations current crew" },
        },
      },
    }),
  });
  return (await response.json()) as Answer;
}

describe("two API server processes over one Neo4j, under write load", () => {
  let driver: Driver;
  let first: ServerProcess;
  let second: ServerProcess;

  beforeAll(async () => {
    driver = testDriver();
    await ensureSchema(driver, TEST_DATABASE);
    await emptyDatabase(driver);
    buildServer();
    first = await startServerProcess(); // seeds the empty log
    second = await startServerProcess();
  }, 300_000);

  afterAll(async () => {
    second?.kill();
    first?.kill();
    await driver?.close();
  });

  it("keeps the log gapless and free of duplicates, and answers each command with what it wrote", async () => {
    const store = new Neo4jEventStore(driver, TEST_DATABASE);
    const seeded = await store.head();
    expect(seeded).toBeGreaterThan(0);
    expect(second.output()).not.toContain("seeded an empty log");
    const clients = 16;
    const perClient = 15;
    const answers = await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        const server = c % 2 === 0 ? first : second;
        const mine: Answer[] = [];
        for (let i = 0; i < perClient; i++) mine.push(await register(server.url, `load-${c}-${i}`));
        return mine;
      }),
    );
    const all = answers.flat();
    expect(all.filter((a) => a.errors)).toEqual([]);
    // Read-your-writes: every answer carries the node its own command projected.
    for (const [c, mine] of answers.entries()) {
      mine.forEach((answer, i) =>
        expect(answer.data!.registerEntity.entity).toEqual({
          id: `load-${c}-${i}`,
          name: `Person load-${c}-${i}`,
          kind: "Person",
        }),
      );
    }
    const positions = all.flatMap((a) => a.data!.registerEntity.receipt.positions);
    expect(new Set(positions).size).toBe(clients * perClient);
    const head = await store.head();
    expect(head).toBe(seeded + clients * perClient);
    const log = await store.readAll(1, head + 10);
    expect(log.map((e) => e.position)).toEqual(Array.from({ length: head }, (_, i) => i + 1));
    expect(new Set(log.map((e) => e.id)).size).toBe(head);
    // The log rebuilds to the graph the two servers projected together.
    const live = await projectionFingerprint(driver, TEST_DATABASE);
    await rebuildProjection(driver, TEST_DATABASE);
    expect(await projectionFingerprint(driver, TEST_DATABASE)).toEqual(live);
  }, 300_000);
});

describe("a server's reads after its commands", () => {
  let server: StartedServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("group the commands that arrive together, and have the generated reads wait for their bookmarks", async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => register(server.url, `together-${i}`)),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    const metrics = server.services.commands.metrics();
    expect(metrics.groups).toBeLessThan(metrics.commands);
    // @neo4j/graphql opens its sessions with the driver's executeQuery bookmark manager.
    expect(server.services.bookmarks).toBe(server.database.driver.executeQueryBookmarkManager);
    expect([...(await server.services.bookmarks.getBookmarks())].length).toBeGreaterThan(0);
  });
});
