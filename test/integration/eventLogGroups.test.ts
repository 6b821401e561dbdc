import type { Driver } from "neo4j-driver";
import type { CommandHandler } from "../../src/commands/CommandHandler";
import { ingestArticle } from "../../src/commands/ingestArticle";
import type { Command } from "../../src/catalogue/commands";
import { DomainError } from "../../src/domain/DomainError";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { ARTICLE_ID, ARTICLE_TEXT, source } from "../support/domainFixture";
import { freshServices, logCounts, TEST_DATABASE } from "../support/testServices";

const article: Command = {
  type: "RegisterArticle",
  articleId: ARTICLE_ID,
  title: "Fixture",
  publisher: "Test Wire",
  publishedOn: "2021-07-01",
  text: ARTICLE_TEXT,
};
const registerNasa: Command = {
  type: "RegisterEntity",
  entityId: "nasa",
  kind: "Agency",
  name: "NASA",
  source: source("NASA astronaut"),
};

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("the event log in Neo4j: commands written together, and failures", () => {
  let driver: Driver;
  let handler: CommandHandler;

  beforeEach(async () => {
    ({ driver, handler } = await freshServices());
    await handler.execute({ command: article });
  });

  afterAll(async () => {
    await driver?.close();
  });

  it("writes commands that arrive together in one transaction, each decided after the one before", async () => {
    const before = handler.metrics();
    const results = await Promise.all([
      handler.execute({ command: registerNasa }),
      handler.execute({
        command: { ...registerNasa, entityId: "jane-roe", kind: "Person", name: "Jane Roe" },
      }),
      // Decided against what the two commands before it in the group decided.
      handler.execute({
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
    const after = handler.metrics();
    expect(after.groups - before.groups).toBe(1);
    expect(after.transactions - before.transactions).toBe(1);
    expect(after.commands - before.commands).toBe(3);
  });

  it("refuses a refused unit of a group alone, and undoes what it decided for the units after it", async () => {
    const before = await logCounts(driver);
    const outcomes = await Promise.allSettled([
      handler.execute({ command: registerNasa }),
      // All or nothing: its first command is undone when its second is refused.
      handler.executeAll([
        {
          command: { ...registerNasa, entityId: "esa", name: "ESA" },
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
      handler.execute({
        command: {
          type: "LinkEntities",
          relation: "COOPERATES_WITH",
          from: "nasa",
          to: "esa",
          source: source("NASA said"),
        },
      }),
      handler.execute({
        command: { ...registerNasa, entityId: "jane-roe", kind: "Person", name: "Jane Roe" },
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
    const after = await logCounts(driver);
    expect(after.events - before.events).toBe(2);
    expect(after.head).toBe(before.head + 2);
    const { records } = await driver.executeQuery(
      "MATCH (n:Entity) RETURN n.id AS id ORDER BY id",
      {},
      { database: TEST_DATABASE },
    );
    expect(records.map((r) => r.get("id"))).toEqual(["jane-roe", "nasa"]);
  });

  it("answers a retried command id within the same group with the first one's result", async () => {
    const [first, again] = await Promise.all([
      handler.execute({ command: registerNasa, commandId: "twice" }),
      handler.execute({ command: registerNasa, commandId: "twice" }),
    ]);
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ ...first, replayed: true });
    expect((await logCounts(driver)).events).toBe(2);
  });

  it("leaves the log and the graph exactly as they were when a command fails", async () => {
    await handler.execute({ command: registerNasa });
    const before = {
      counts: await logCounts(driver),
      graph: await projectionFingerprint(driver, TEST_DATABASE),
    };
    await refusal(
      handler.execute({
        command: { ...registerNasa, entityId: "esa", source: source("not in the text") },
      }),
    );
    // A batch whose last command fails writes none of the commands before it either.
    const error = await refusal(
      ingestArticle(
        handler,
        {
          ...(article as Extract<Command, { type: "RegisterArticle" }>),
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
    expect(await logCounts(driver)).toEqual(before.counts);
    expect(await projectionFingerprint(driver, TEST_DATABASE)).toEqual(before.graph);
  });
});
