import type { Command } from "../../src/catalogue/commands";
import { toNumber } from "../../src/neo4j/neo4jValues";
import {
  ARTICLE_ID,
  domainRefusal,
  REGISTER_ARTICLE,
  REGISTER_NASA,
  source,
} from "../support/domainFixture";
import { logCounts, servicesForTests, TEST_DATABASE } from "../support/testServices";

describe("the event log in Neo4j", () => {
  const ctx = servicesForTests((handler) => handler.execute({ command: REGISTER_ARTICLE }));

  it("appends a command's events with positions, revisions, metadata and source", async () => {
    const result = await ctx.handler.execute(
      { command: REGISTER_NASA, commandId: "cmd-1" },
      { actor: "tester", correlationId: "work-1" },
    );
    expect(result).toMatchObject({
      commandId: "cmd-1",
      stream: "entity-nasa",
      streamRevision: 1,
      replayed: false,
      events: [{ position: 2, revision: 1, type: "EntityRegistered" }],
    });
    const [event] = await ctx.handler.store.readStream("entity-nasa");
    expect(event).toMatchObject({
      position: 2,
      revision: 1,
      type: "EntityRegistered",
      schemaVersion: 1,
      metadata: {
        commandId: "cmd-1",
        correlationId: "work-1",
        causationId: "cmd-1",
        actor: "tester",
      },
      source: { articleId: ARTICLE_ID, quote: "NASA astronaut" },
    });
    expect(event?.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("returns the first result for a retried command id and appends nothing", async () => {
    const first = await ctx.handler.execute({ command: REGISTER_NASA, commandId: "retry-me" });
    const before = await logCounts(ctx.driver);
    const again = await ctx.handler.execute({ command: REGISTER_NASA, commandId: "retry-me" });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await logCounts(ctx.driver)).toEqual(before);
  });

  it("refuses a command id reused for a different command", async () => {
    await ctx.handler.execute({ command: REGISTER_NASA, commandId: "one-id" });
    const error = await domainRefusal(
      ctx.handler.execute({
        command: { ...REGISTER_NASA, entityId: "esa", name: "ESA" },
        commandId: "one-id",
      }),
    );
    expect(error).toMatchObject({ kind: "already_exists", field: "commandId" });
  });

  it("checks expected revisions: no stream, stream exists, exactly N", async () => {
    await expect(
      domainRefusal(
        ctx.handler.execute({ command: REGISTER_NASA, expectedRevision: "stream_exists" }),
      ),
    ).resolves.toMatchObject({
      kind: "concurrency",
      details: { currentRevision: 0 },
    });
    await ctx.handler.execute({ command: REGISTER_NASA, expectedRevision: "no_stream" });
    const rename = (name: string): Command => ({
      type: "CorrectFact",
      factId: "entity-nasa",
      changes: { name },
      reason: "r",
      source: source("NASA said"),
    });
    const error = await domainRefusal(
      ctx.handler.execute({ command: rename("N.A.S.A."), expectedRevision: 3 }),
    );
    expect(error).toMatchObject({
      kind: "concurrency",
      field: "expectedRevision",
      details: { currentRevision: 1 },
    });
    expect(error.message).toContain("revision 1");
    await expect(
      ctx.handler.execute({ command: rename("N.A.S.A."), expectedRevision: 1 }),
    ).resolves.toMatchObject({
      streamRevision: 2,
    });
  });

  it("lets exactly one of concurrent appends with the same expected revision win", async () => {
    await ctx.handler.execute({ command: REGISTER_NASA });
    const attempts = Array.from({ length: 6 }, (_, i) =>
      ctx.handler.execute({
        command: {
          type: "CorrectFact",
          factId: "entity-nasa",
          changes: { name: `NASA ${i}` },
          reason: "race",
          source: source("NASA said"),
        },
        expectedRevision: 1,
      }),
    );
    const outcomes = await Promise.allSettled(attempts);
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(5);
    for (const { reason } of lost)
      expect(reason).toMatchObject({ kind: "concurrency", details: { currentRevision: 2 } });
    expect((await logCounts(ctx.driver)).events).toBe(3);
  });

  it("keeps positions gapless with concurrent writers on different streams", async () => {
    const writers = Array.from({ length: 4 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 15; i++) {
          await ctx.handler.execute({
            command: {
              type: "RegisterEntity",
              entityId: `w${w}-e${i}`,
              kind: "Person",
              name: `P ${w}.${i}`,
              source: source("Jane Roe"),
            },
          });
        }
      })(),
    );
    await Promise.all(writers);
    const { records } = await ctx.driver.executeQuery(
      "MATCH (e:Event) RETURN e.position AS p ORDER BY p",
      {},
      { database: TEST_DATABASE },
    );
    const positions = records.map((r) => toNumber(r.get("p")));
    expect(positions).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
    expect((await logCounts(ctx.driver)).head).toBe(61);
  });

  it("reads a stream forward and the whole log from a position, in pages", async () => {
    await ctx.handler.executeAll([
      { command: REGISTER_NASA },
      { command: { ...REGISTER_NASA, entityId: "esa", name: "ESA" } },
    ]);
    const page1 = await ctx.handler.store.readAll(1, 2);
    const page2 = await ctx.handler.store.readAll(3, 2);
    expect(page1.map((e) => e.position)).toEqual([1, 2]);
    expect(page2.map((e) => e.stream)).toEqual(["entity-esa"]);
  });
});
