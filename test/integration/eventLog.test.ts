import type { Driver } from "neo4j-driver";
import type { CommandHandler } from "../../src/commands/CommandHandler";
import type { Command } from "../../src/catalogue/commands";
import { DomainError } from "../../src/domain/DomainError";
import { toNumber } from "../../src/neo4j/neo4jValues";
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

describe("the event log in Neo4j", () => {
  let driver: Driver;
  let handler: CommandHandler;

  beforeEach(async () => {
    ({ driver, handler } = await freshServices());
    await handler.execute({ command: article });
  });

  afterAll(async () => {
    await driver?.close();
  });

  it("appends a command's events with positions, revisions, metadata and source", async () => {
    const result = await handler.execute(
      { command: registerNasa, commandId: "cmd-1" },
      { actor: "tester", correlationId: "work-1" },
    );
    expect(result).toMatchObject({
      commandId: "cmd-1",
      stream: "entity-nasa",
      streamRevision: 1,
      replayed: false,
      events: [{ position: 2, revision: 1, type: "EntityRegistered" }],
    });
    const [event] = await handler.store.readStream("entity-nasa");
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
    const first = await handler.execute({ command: registerNasa, commandId: "retry-me" });
    const before = await logCounts(driver);
    const again = await handler.execute({ command: registerNasa, commandId: "retry-me" });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await logCounts(driver)).toEqual(before);
  });

  it("refuses a command id reused for a different command", async () => {
    await handler.execute({ command: registerNasa, commandId: "one-id" });
    const error = await refusal(
      handler.execute({
        command: { ...registerNasa, entityId: "esa", name: "ESA" },
        commandId: "one-id",
      }),
    );
    expect(error).toMatchObject({ kind: "already_exists", field: "commandId" });
  });

  it("checks expected revisions: no stream, stream exists, exactly N", async () => {
    await expect(
      refusal(handler.execute({ command: registerNasa, expectedRevision: "stream_exists" })),
    ).resolves.toMatchObject({
      kind: "concurrency",
      details: { currentRevision: 0 },
    });
    await handler.execute({ command: registerNasa, expectedRevision: "no_stream" });
    const rename = (name: string): Command => ({
      type: "CorrectFact",
      factId: "entity-nasa",
      changes: { name },
      reason: "r",
      source: source("NASA said"),
    });
    const error = await refusal(
      handler.execute({ command: rename("N.A.S.A."), expectedRevision: 3 }),
    );
    expect(error).toMatchObject({
      kind: "concurrency",
      field: "expectedRevision",
      details: { currentRevision: 1 },
    });
    expect(error.message).toContain("revision 1");
    await expect(
      handler.execute({ command: rename("N.A.S.A."), expectedRevision: 1 }),
    ).resolves.toMatchObject({
      streamRevision: 2,
    });
  });

  it("lets exactly one of concurrent appends with the same expected revision win", async () => {
    await handler.execute({ command: registerNasa });
    const attempts = Array.from({ length: 6 }, (_, i) =>
      handler.execute({
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
    expect((await logCounts(driver)).events).toBe(3);
  });

  it("keeps positions gapless with concurrent writers on different streams", async () => {
    const writers = Array.from({ length: 4 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 15; i++) {
          await handler.execute({
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
    const { records } = await driver.executeQuery(
      "MATCH (e:Event) RETURN e.position AS p ORDER BY p",
      {},
      { database: TEST_DATABASE },
    );
    const positions = records.map((r) => toNumber(r.get("p")));
    expect(positions).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
    expect((await logCounts(driver)).head).toBe(61);
  });

  it("reads a stream forward and the whole log from a position, in pages", async () => {
    await handler.executeAll([
      { command: registerNasa },
      { command: { ...registerNasa, entityId: "esa", name: "ESA" } },
    ]);
    const page1 = await handler.store.readAll(1, 2);
    const page2 = await handler.store.readAll(3, 2);
    expect(page1.map((e) => e.position)).toEqual([1, 2]);
    expect(page2.map((e) => e.stream)).toEqual(["entity-esa"]);
  });
});
