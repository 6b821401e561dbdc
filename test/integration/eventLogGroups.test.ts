import { ingestArticle } from "../../src/commands/ingestArticle";
import type { Command } from "../../src/catalogue/commands";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { domainRefusal, REGISTER_ARTICLE, REGISTER_NASA, source } from "../support/domainFixture";
import { logCounts, servicesForTests, TEST_DATABASE } from "../support/testServices";

describe("the event log in Neo4j: commands written together, and failures", () => {
  const ctx = servicesForTests((handler) => handler.execute({ command: REGISTER_ARTICLE }));

  it("writes commands that arrive together in one transaction, each decided after the one before", async () => {
    const before = ctx.handler.metrics();
    const results = await Promise.all([
      ctx.handler.execute({ command: REGISTER_NASA }),
      ctx.handler.execute({
        command: { ...REGISTER_NASA, entityId: "jane-roe", kind: "Person", name: "Jane Roe" },
      }),
      // Decided against what the two commands before it in the group decided.
      ctx.handler.execute({
        command: {
          type: "LinkEntities",
          relation: "MEMBER_OF",
          from: "jane-roe",
          to: "nasa",
          source: source("NASA astronaut Jane Roe"),
        },
      }),
    ]);
    expect(results.map((r) => r.events[0]!.position)).toEqual([2, 3, 4]);
    const after = ctx.handler.metrics();
    expect(after.groups - before.groups).toBe(1);
    expect(after.transactions - before.transactions).toBe(1);
    expect(after.commands - before.commands).toBe(3);
  });

  it("refuses a refused unit of a group alone, and undoes what it decided for the units after it", async () => {
    const before = await logCounts(ctx.driver);
    const outcomes = await Promise.allSettled([
      ctx.handler.execute({ command: REGISTER_NASA }),
      // All or nothing: its first command is undone when its second is refused.
      ctx.handler.executeAll([
        {
          command: { ...REGISTER_NASA, entityId: "esa", name: "ESA" },
        },
        {
          command: {
            type: "LinkEntities",
            relation: "MEMBER_OF",
            from: "esa",
            to: "nowhere",
            source: source("NASA said"),
          },
        },
      ]),
      // Sees no "esa": the unit that registered it was refused.
      ctx.handler.execute({
        command: {
          type: "LinkEntities",
          relation: "COOPERATES_WITH",
          from: "nasa",
          to: "esa",
          source: source("NASA said"),
        },
      }),
      ctx.handler.execute({
        command: { ...REGISTER_NASA, entityId: "jane-roe", kind: "Person", name: "Jane Roe" },
      }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      "fulfilled",
      "rejected",
      "rejected",
      "fulfilled",
    ]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ kind: "not_found" });
    expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({
      kind: "not_found",
      field: "to",
    });
    const after = await logCounts(ctx.driver);
    expect(after.events - before.events).toBe(2);
    expect(after.head).toBe(before.head + 2);
    const { records } = await ctx.driver.executeQuery(
      "MATCH (n:Entity) RETURN n.id AS id ORDER BY id",
      {},
      { database: TEST_DATABASE },
    );
    expect(records.map((r) => r.get("id"))).toEqual(["jane-roe", "nasa"]);
  });

  it("answers a retried command id within the same group with the first one's result", async () => {
    const [first, again] = await Promise.all([
      ctx.handler.execute({ command: REGISTER_NASA, commandId: "twice" }),
      ctx.handler.execute({ command: REGISTER_NASA, commandId: "twice" }),
    ]);
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ ...first, replayed: true });
    expect((await logCounts(ctx.driver)).events).toBe(2);
  });

  it("leaves the log and the graph exactly as they were when a command fails", async () => {
    await ctx.handler.execute({ command: REGISTER_NASA });
    const before = {
      counts: await logCounts(ctx.driver),
      graph: await projectionFingerprint(ctx.driver, TEST_DATABASE),
    };
    await domainRefusal(
      ctx.handler.execute({
        command: { ...REGISTER_NASA, entityId: "esa", source: source("not in the text") },
      }),
    );
    // A batch whose last command fails writes none of the commands before it either.
    const error = await domainRefusal(
      ingestArticle(
        ctx.handler,
        {
          ...(REGISTER_ARTICLE as Extract<Command, { type: "RegisterArticle" }>),
          articleId: "second",
          text: "NASA and ESA.",
        },
        [
          {
            factId: "esa",
            command: {
              type: "RegisterEntity",
              entityId: "esa",
              kind: "Agency",
              name: "ESA",
              source: { articleId: "second", quote: "ESA" },
            },
          },
          {
            factId: "bad",
            command: {
              type: "LinkEntities",
              relation: "MEMBER_OF",
              from: "esa",
              to: "nasa",
              source: { articleId: "second", quote: "NASA and ESA" },
            },
          },
        ],
      ),
    );
    expect(error.field).toBe("facts[1].relation");
    expect(await logCounts(ctx.driver)).toEqual(before.counts);
    expect(await projectionFingerprint(ctx.driver, TEST_DATABASE)).toEqual(before.graph);
  });
});
