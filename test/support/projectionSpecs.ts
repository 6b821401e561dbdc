import type { Driver } from "neo4j-driver";
import type { DomainEvent } from "../../src/catalogue/commands";
import { ensureSchema } from "../../src/neo4j/ensureSchema";
import { toPlain } from "../../src/neo4j/neo4jValues";
import { Projector } from "../../src/projection/Projector";
import { emptyDatabase } from "../../tools/support/emptyDatabase";
import { records } from "./projectionFixtures";
import { testDriver } from "./testDatabase";
import { TEST_DATABASE } from "./testServices";

/**
 * Given events, then the graph: the projection's specs of the describe that calls it, on an empty
 * test database before each. `given` applies events with the projector directly (no command, no
 * log), in batches of the given size (all at once by default); `rows` reads the graph back.
 */
export function projectionSpecs() {
  const ctx = { driver: undefined as unknown as Driver };

  beforeAll(async () => {
    ctx.driver = testDriver();
    await ensureSchema(ctx.driver, TEST_DATABASE);
  });
  beforeEach(async () => {
    await emptyDatabase(ctx.driver);
  });
  afterAll(async () => {
    await ctx.driver?.close();
  });

  async function given(events: readonly DomainEvent[], batch = events.length): Promise<void> {
    const all = records(events);
    const session = ctx.driver.session({ database: TEST_DATABASE });
    try {
      for (let i = 0; i < all.length; i += batch) {
        const page = all.slice(i, i + batch);
        await session.executeWrite((tx) => new Projector().apply(tx, page));
      }
    } finally {
      await session.close();
    }
  }

  async function rows(cypher: string): Promise<Record<string, unknown>[]> {
    const { records: result } = await ctx.driver.executeQuery(
      cypher,
      {},
      { database: TEST_DATABASE },
    );
    return result.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
  }

  return { ctx, given, rows };
}
