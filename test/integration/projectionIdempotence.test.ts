import type { Driver } from "neo4j-driver";
import type { Command } from "../../src/catalogue/commands";
import { Neo4jEventStore } from "../../src/eventstore/Neo4jEventStore";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { Projector } from "../../src/projection/Projector";
import { TEST_DATABASE, servicesForTests } from "../support/testServices";

/** Applies the last event of the log again (the projection skips nothing: its handlers must). */
async function reapplyLastEvent(driver: Driver): Promise<string> {
  const store = new Neo4jEventStore(driver, TEST_DATABASE);
  const last = await store.readAll(await store.head(), 1);
  const session = driver.session({ database: TEST_DATABASE });
  try {
    await session.executeWrite((tx) => new Projector().apply(tx, last));
    return last[0]!.type;
  } finally {
    await session.close();
  }
}

const retract = (factId: string, quote: string): Command => ({
  type: "RetractFact",
  factId,
  reason: "r",
  source: { articleId: "a", quote },
});

describe("the knowledge graph as the projection of the log: each event applied once, corrections and retractions", () => {
  const ctx = servicesForTests();

  const scenario: Record<string, Command[]> = {
    base: [
      {
        type: "RegisterArticle",
        articleId: "a",
        title: "T",
        publisher: "P",
        publishedOn: "2024-01-01",
        text: "NASA and ESA, Unity and the station in 2021.",
      },
      {
        type: "RegisterEntity",
        entityId: "nasa",
        kind: "Agency",
        name: "NASA",
        source: { articleId: "a", quote: "NASA" },
      },
      {
        type: "RegisterEntity",
        entityId: "esa",
        kind: "Agency",
        name: "ESA",
        source: { articleId: "a", quote: "ESA" },
      },
      {
        type: "RegisterEntity",
        entityId: "unity",
        kind: "Module",
        name: "Unity",
        source: { articleId: "a", quote: "Unity" },
      },
      {
        type: "LinkEntities",
        relation: "COOPERATES_WITH",
        from: "nasa",
        to: "esa",
        validFrom: "2021",
        source: { articleId: "a", quote: "NASA and ESA" },
      },
      {
        type: "ReportIncident",
        incidentId: "leak",
        kind: "AIR_LEAK",
        title: "Leak",
        occurredAt: "2021",
        affected: ["unity"],
        source: { articleId: "a", quote: "Unity" },
      },
    ],
  };
  const lastCommands: Command[] = [
    {
      type: "CorroborateFact",
      factId: "entity-nasa",
      source: { articleId: "a", quote: "NASA and ESA" },
    },
    {
      type: "CorroborateFact",
      factId: "relation-nasa-cooperates-with-esa",
      source: { articleId: "a", quote: "in 2021" },
    },
    {
      type: "CorrectFact",
      factId: "relation-nasa-cooperates-with-esa",
      changes: { validTo: "2022" },
      reason: "r",
      source: { articleId: "a", quote: "2021" },
    },
    {
      type: "CorrectFact",
      factId: "incident-leak",
      changes: { affected: ["unity"], title: "Air leak" },
      reason: "r",
      source: { articleId: "a", quote: "2021" },
    },
    retract("incident-leak", "2021"),
    retract("relation-nasa-cooperates-with-esa", "2021"),
    retract("entity-esa", "ESA"),
  ];

  it.each(lastCommands.map((c) => [`${c.type} ${"factId" in c ? c.factId : ""}`, c] as const))(
    "changes nothing when an event is applied twice (%s)",
    async (_name, last) => {
      for (const command of [...scenario.base!, last]) await ctx.handler.execute({ command });
      const once = await projectionFingerprint(ctx.driver, TEST_DATABASE);
      const type = await reapplyLastEvent(ctx.driver);
      expect(type).toMatch(/^Fact/);
      expect(await projectionFingerprint(ctx.driver, TEST_DATABASE)).toEqual(once);
    },
  );

  it("keeps a corrected relation's former version, and hides retracted facts from the current graph", async () => {
    for (const command of [...scenario.base!, lastCommands[2]!, lastCommands[6]!])
      await ctx.handler.execute({ command });
    const { records } = await ctx.driver.executeQuery(
      `MATCH (a {id: 'nasa'})-[h:HISTORICAL]->(b {id: 'esa'})
       RETURN h.type AS type, h.endedBy AS endedBy, h.validTo AS validTo ORDER BY h.knownUntil`,
      {},
      { database: TEST_DATABASE },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { type: "COOPERATES_WITH", endedBy: "corrected", validTo: null },
      { type: "COOPERATES_WITH", endedBy: "retracted", validTo: "2022" },
    ]);
    const current = await ctx.driver.executeQuery(
      "MATCH (n:Agency) RETURN collect(n.id) AS ids",
      {},
      { database: TEST_DATABASE },
    );
    expect(current.records[0]?.get("ids")).toEqual(["nasa"]);
    const retracted = await ctx.driver.executeQuery(
      "MATCH (n:Retracted {id: 'esa'}) RETURN n.kind AS kind, n.knownUntil IS NOT NULL AS ended",
      {},
      { database: TEST_DATABASE },
    );
    expect(retracted.records[0]?.toObject()).toEqual({ kind: "Agency", ended: true });
  });
});
