import type { Driver } from "neo4j-driver";
import type { CommandHandler } from "../../src/commands/CommandHandler";
import { ingestArticle } from "../../src/commands/ingestArticle";
import { LAST_CHANGES } from "../../src/eventstore/lastChanges";
import { graphReads } from "../../src/changes/graphReads";
import {
  isScan,
  queryPlan,
  recordingDriver,
  type SentStatement,
} from "../../src/explore/queryPlans";
import { int, toNumber } from "../../src/neo4j/neo4jValues";
import { loadSeedArticles } from "../../src/seed/seedFolder";
import { freshServices, TEST_DATABASE } from "../support/testServices";

/**
 * The log's read behind `changes`: each stream once, at its last event, in their order, page by
 * page within a bounded window of positions, from index seeks only.
 */
describe("the streams changed after a position", () => {
  let driver: Driver;
  let handler: CommandHandler;
  let head: number;

  beforeAll(async () => {
    ({ driver, handler } = await freshServices());
    for (const bundle of loadSeedArticles())
      await ingestArticle(handler, bundle.article, bundle.facts);
    head = await handler.store.head();
  });

  afterAll(async () => {
    await driver?.close();
  });

  /** Each stream's last position after `since`, the slow way: every event grouped by stream. */
  async function lastPositions(since: number): Promise<[string, number][]> {
    const { records } = await driver.executeQuery(
      `MATCH (e:Event) WHERE e.position > $since
       WITH e.stream AS stream, max(e.position) AS last
       RETURN stream, last ORDER BY last`,
      { since: int(since) },
      { database: TEST_DATABASE },
    );
    return records.map((r) => [r.get("stream") as string, toNumber(r.get("last"))]);
  }

  it.each([
    [0, 7, 13],
    [0, 1000, 10_000],
    [100, 5, 50],
  ])(
    "after %i, in pages of %i from windows of %i positions, lists each stream once at its last event",
    async (since, limit, window) => {
      const listed: [string, number][] = [];
      let after = since;
      for (let pages = 0; after < head; pages++) {
        const page = await handler.store.streamChanges(after, limit, window);
        expect(page.head).toBe(head);
        expect(page.lastEvents.length).toBeLessThanOrEqual(limit);
        expect(page.through).toBeGreaterThan(after);
        expect(page.through).toBeLessThanOrEqual(Math.min(head, after + window));
        listed.push(...page.lastEvents.map((e): [string, number] => [e.stream, e.position]));
        for (const event of page.lastEvents)
          expect(page.firstPositions.get(event.stream)).toBeLessThanOrEqual(event.position);
        after = page.through;
        expect(pages).toBeLessThan(head);
      }
      expect(listed).toEqual(await lastPositions(since));
    },
  );

  it("reads from index seeks only, and says what a page of the whole seed costs", async () => {
    const params = { after: int(0), until: int(head), head: int(head), limit: int(1000) };
    const plan = await queryPlan(driver, TEST_DATABASE, LAST_CHANGES, params);
    expect(plan.leaves.filter(isScan)).toEqual([]);
    // The positions' range, then each event's successor by (stream, revision).
    expect(plan.leaves).toEqual(["NodeUniqueIndexSeekByRange", "NodeUniqueIndexSeek"]);
    console.log(
      `LAST_CHANGES over the seed's ${head} events: ${plan.rows} rows, ${plan.dbHits} db hits (${plan.leaves.join(", ")})`,
    );
  });

  it("reads the page's entity kinds and relations from index seeks only", async () => {
    const sent: SentStatement[] = [];
    const reads = graphReads(recordingDriver(driver, sent), TEST_DATABASE);
    expect(await reads.entityKinds(["zvezda", "roscosmos"])).toEqual(
      new Map([
        ["zvezda", "Module"],
        ["roscosmos", "Agency"],
      ]),
    );
    const relation = { id: "furukawa-member-of-jaxa", from: "satoshi-furukawa", to: "jaxa" };
    const relations = await reads.relations([relation]);
    expect(relations.get(relation.id)).toMatchObject({ fromNode: { id: "satoshi-furukawa" } });
    expect(sent).toHaveLength(2);
    for (const { cypher, params } of sent) {
      const plan = await queryPlan(driver, TEST_DATABASE, cypher, params, "EXPLAIN");
      expect(plan.leaves.filter(isScan)).toEqual([]);
    }
  });
});
