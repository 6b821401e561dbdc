import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { rebuildProjection } from "../../src/projection/rebuildProjection";
import type { StartedServer } from "../../src/server/ApiServer";
import { startTestServer } from "../support/testServer";
import { TEST_DATABASE } from "../support/testServices";

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
    headers: { "content-type": "application/json" },
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

describe("two API servers over one Neo4j, under write load", () => {
  let first: StartedServer;
  let second: StartedServer;

  beforeAll(async () => {
    first = await startTestServer();
    second = await startTestServer({ empty: false });
  });

  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  it("keeps the log gapless and free of duplicates, and answers each command with what it wrote", async () => {
    const seeded = await first.services.store.head();
    expect(second.seededEvents).toBe(0);
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
    const head = await first.services.store.head();
    expect(head).toBe(seeded + clients * perClient);
    const log = await first.services.store.readAll(1, head + 10);
    expect(log.map((e) => e.position)).toEqual(Array.from({ length: head }, (_, i) => i + 1));
    expect(new Set(log.map((e) => e.id)).size).toBe(head);
    // Commands that arrived together went together.
    for (const server of [first, second]) {
      const metrics = server.services.commands.metrics();
      expect(metrics.commands).toBeGreaterThan(0);
      expect(metrics.groups).toBeLessThanOrEqual(metrics.commands);
    }
    const metrics = [first, second].map((s) => s.services.commands.metrics());
    expect(metrics.some((m) => m.groups < m.commands)).toBe(true);
    // The log rebuilds to the graph the two servers projected together.
    const driver = first.database.driver;
    const live = await projectionFingerprint(driver, TEST_DATABASE);
    await rebuildProjection(driver, TEST_DATABASE);
    expect(await projectionFingerprint(driver, TEST_DATABASE)).toEqual(live);
  }, 300_000);

  it("has the generated reads wait for the commands' bookmarks (one bookmark manager per server)", async () => {
    for (const server of [first, second]) {
      // @neo4j/graphql opens its sessions with the driver's executeQuery bookmark manager.
      expect(server.services.bookmarks).toBe(server.database.driver.executeQueryBookmarkManager);
      expect([...(await server.services.bookmarks.getBookmarks())].length).toBeGreaterThan(0);
    }
  });
});
