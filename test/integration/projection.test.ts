import type { Driver } from "neo4j-driver";
import { CommandHandler } from "../../src/commands/CommandHandler";
import { ingestArticle } from "../../src/commands/ingestArticle";
import type { Command } from "../../src/catalogue/commands";
import { RebuildInProgressError } from "../../src/eventstore/RebuildInProgressError";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { PROJECTION_VERSION } from "../../src/projection/Projector";
import { ensureProjectionCurrent, rebuildProjection } from "../../src/projection/rebuildProjection";
import { loadSeedArticles } from "../../src/seed/seedFolder";
import { executeAll, randomCommands } from "../support/randomCommands";
import { logCounts, TEST_DATABASE, servicesForTests } from "../support/testServices";

async function rebuildAndCompare(driver: Driver) {
  const live = await projectionFingerprint(driver, TEST_DATABASE);
  const progress: number[] = [];
  await rebuildProjection(driver, TEST_DATABASE, {
    onProgress: ({ applied }) => progress.push(applied),
    pageSize: 100,
  });
  const rebuilt = await projectionFingerprint(driver, TEST_DATABASE);
  return { live, rebuilt, progress };
}

describe("the knowledge graph as the projection of the log", () => {
  const ctx = servicesForTests();

  it("is rebuilt from the log to the same fingerprint after the seed", async () => {
    for (const bundle of loadSeedArticles())
      await ingestArticle(ctx.handler, bundle.article, bundle.facts);
    const { live, rebuilt, progress } = await rebuildAndCompare(ctx.driver);
    expect(live.nodes).toBeGreaterThan(40);
    expect(rebuilt).toEqual(live);
    expect(progress[progress.length - 1]).toBe((await logCounts(ctx.driver)).head);
  });

  it("is rebuilt to the same fingerprint after 1,000 random commands, accepted or refused", async () => {
    const { accepted, refused } = await executeAll(ctx.handler, randomCommands(1000, 20240229));
    expect(accepted + refused).toBe(1000);
    expect(accepted).toBeGreaterThan(400);
    expect(refused).toBeGreaterThan(20);
    const { live, rebuilt } = await rebuildAndCompare(ctx.driver);
    expect(rebuilt).toEqual(live);
    const kinds = await ctx.driver.executeQuery(
      "MATCH ()-[h:HISTORICAL]->() RETURN collect(DISTINCT h.endedBy) AS endedBy",
      {},
      { database: TEST_DATABASE },
    );
    expect([...(kinds.records[0]?.get("endedBy") as string[])].sort()).toEqual([
      "corrected",
      "retracted",
    ]);
  }, 600_000);

  it("is the same graph however the log was cut into groups and pages", async () => {
    // Eight clients at once: their commands go in groups of varying sizes and mixes.
    const commands = randomCommands(600, 19980120);
    await executeAll(ctx.handler, commands, 8);
    const metrics = ctx.handler.metrics();
    expect(metrics.groups).toBeLessThan(metrics.commands);
    const live = await projectionFingerprint(ctx.driver, TEST_DATABASE);
    // One event a batch is the log order itself: the reference for how the projector groups a
    // batch's events (set statements first, then runs of ordered rows).
    for (const pageSize of [1, 3, 5000]) {
      await rebuildProjection(ctx.driver, TEST_DATABASE, { pageSize });
      expect(await projectionFingerprint(ctx.driver, TEST_DATABASE)).toEqual(live);
    }
  }, 600_000);

  it("resumes an interrupted rebuild from its checkpoint, refusing commands until it ends", async () => {
    for (const bundle of loadSeedArticles())
      await ingestArticle(ctx.handler, bundle.article, bundle.facts);
    const live = await projectionFingerprint(ctx.driver, TEST_DATABASE);
    await expect(
      rebuildProjection(ctx.driver, TEST_DATABASE, {
        pageSize: 20,
        onProgress: ({ applied }) => {
          if (applied >= 40) throw new Error("interrupted");
        },
      }),
    ).rejects.toThrow("interrupted");
    const command: Command = {
      type: "RegisterEntity",
      entityId: "after-rebuild",
      kind: "Agency",
      // Not NASA's name again: a namesake would be refused as a possible duplicate.
      name: "The agency after the rebuild",
      source: { articleId: "iss-leaks-ap-2024-02-29", quote: "NASA" },
    };
    await expect(ctx.handler.execute({ command })).rejects.toBeInstanceOf(RebuildInProgressError);
    const progress: number[] = [];
    await rebuildProjection(ctx.driver, TEST_DATABASE, {
      resume: true,
      pageSize: 20,
      onProgress: ({ applied }) => progress.push(applied),
    });
    expect(progress[0]).toBe(40);
    expect(await projectionFingerprint(ctx.driver, TEST_DATABASE)).toEqual(live);
    await expect(ctx.handler.execute({ command })).resolves.toMatchObject({ replayed: false });
  });
  it("is rebuilt at start when another version of the projector wrote it, and left alone when current", async () => {
    for (const bundle of loadSeedArticles())
      await ingestArticle(ctx.handler, bundle.article, bundle.facts);
    const live = await projectionFingerprint(ctx.driver, TEST_DATABASE);
    const said: string[] = [];
    expect(await ensureProjectionCurrent(ctx.driver, TEST_DATABASE, (l) => said.push(l))).toEqual({
      rebuilt: false,
    });
    await ctx.driver.executeQuery(
      "MATCH (p:ProjectionState {id: 'main'}) SET p.version = 1",
      {},
      {
        database: TEST_DATABASE,
      },
    );
    expect(await ensureProjectionCurrent(ctx.driver, TEST_DATABASE, (l) => said.push(l))).toEqual({
      rebuilt: true,
    });
    expect(said[0]).toContain(`another version of the projector (1, now ${PROJECTION_VERSION})`);
    expect(await projectionFingerprint(ctx.driver, TEST_DATABASE)).toEqual(live);
    const { records } = await ctx.driver.executeQuery(
      "MATCH (p:ProjectionState {id: 'main'}) RETURN p.version AS version",
      {},
      { database: TEST_DATABASE },
    );
    expect(Number(records[0]?.get("version"))).toBe(PROJECTION_VERSION);
  });

  it("is emptied at start when it stands ahead of the log (a graph left without its log)", async () => {
    for (const bundle of loadSeedArticles())
      await ingestArticle(ctx.handler, bundle.article, bundle.facts);
    // The log removed, its projection left behind: the graph no log explains.
    await ctx.driver.executeQuery(
      "MATCH (n) WHERE n:Event OR n:EventStream OR n:EventLog DETACH DELETE n",
      {},
      {
        database: TEST_DATABASE,
      },
    );
    const said: string[] = [];
    expect(await ensureProjectionCurrent(ctx.driver, TEST_DATABASE, (l) => said.push(l))).toEqual({
      rebuilt: true,
    });
    expect(said[0]).toMatch(/the projection stands at position \d+, the log at 0/);
    expect((await projectionFingerprint(ctx.driver, TEST_DATABASE)).nodes).toBe(0);
    // And the seed goes in again, as npm start (a new process) would do next.
    const restarted = new CommandHandler(ctx.driver, TEST_DATABASE);
    for (const bundle of loadSeedArticles())
      await ingestArticle(restarted, bundle.article, bundle.facts);
    expect((await projectionFingerprint(ctx.driver, TEST_DATABASE)).nodes).toBeGreaterThan(40);
  });
});
