import { awaitSearchIndexes } from "../../src/projection/projectionSchema";
import type { Driver } from "neo4j-driver";
import type { CommandHandler } from "../../src/commands/CommandHandler";
import { ingestArticle } from "../../src/commands/ingestArticle";
import { loadSeedArticles } from "../../src/seed/seedFolder";
import { freshServices, logCounts, TEST_DATABASE } from "../support/testServices";

describe("the seeded articles, answered in Cypher", () => {
  let driver: Driver;
  let handler: CommandHandler;
  const query = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database: TEST_DATABASE })).records.map((r) =>
      r.toObject(),
    );

  beforeAll(async () => {
    ({ driver, handler } = await freshServices());
    for (const bundle of loadSeedArticles())
      await ingestArticle(handler, bundle.article, bundle.facts, { actor: "seed" });
    await awaitSearchIndexes(driver, TEST_DATABASE);
  });

  afterAll(async () => {
    await driver?.close();
  });

  it("adds nothing when seeded twice", async () => {
    const before = await logCounts(driver);
    for (const bundle of loadSeedArticles()) {
      const again = await ingestArticle(handler, bundle.article, bundle.facts);
      expect(again.appendedEvents).toBe(0);
    }
    expect(await logCounts(driver)).toEqual(before);
  });

  it("knows which crew members belong to Roscosmos: inferred where AP says Russian, asserted where NASA names it", async () => {
    const rows = await query(
      `MATCH (p:Person)-[m:MEMBER_OF]->(:Agency {id: 'roscosmos'})
       RETURN p.name AS name, m.certainty AS certainty, m.quotes[0] AS quote ORDER BY name`,
    );
    expect(rows.map((r) => [r.name, r.certainty])).toEqual([
      ["Anatoly Ivanishin", "asserted"],
      ["Ivan Vagner", "asserted"],
      ["Konstantin Borisov", "inferred"],
      ["Nikolai Chub", "inferred"],
      ["Oleg Kononenko", "inferred"],
    ]);
    for (const row of rows)
      expect(row.quote).toContain(
        row.certainty === "inferred" ? "Russian cosmonauts" : "Roscosmos",
      );
  });

  it("knows which incidents affected the Russian segment, directly or through its modules", async () => {
    const rows = await query(
      `MATCH (s:Segment {id: 'russian-segment'})
       MATCH (i:Incident)-[a:AFFECTED]->(x) WHERE x = s OR (x)-[:PART_OF*1..3]->(s)
       RETURN DISTINCT i.id AS incident, i.occurredAt AS occurredAt, a.quotes[0] AS quote ORDER BY occurredAt`,
    );
    expect(rows.map((r) => [r.incident, r.occurredAt])).toEqual(
      expect.arrayContaining([
        // NASA's date, preferred over AP's August 2020 (both are kept as claims).
        [expect.stringContaining("zvezda"), "2019-09"],
        [expect.stringContaining("nauka"), "2023-10"],
      ]),
    );
    for (const row of rows) expect(row.quote).toBeTruthy();
  });

  it("knows what caused the Soyuz and Progress coolant leaks, with the supporting quote", async () => {
    const rows = await query(
      `MATCH (i:Incident)-[:AFFECTED]->(v:Vehicle)
       MATCH (i)-[:HAS_UPDATE]->(u:IncidentUpdate {kind: 'CAUSE_DETERMINED'})
       RETURN v.name AS vehicle, u.cause AS cause, u.ruledOut AS ruledOut, u.likelihood AS likelihood,
              u.quotes[0] AS quote ORDER BY vehicle`,
    );
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.vehicle)).toEqual([
      expect.stringContaining("Progress"),
      expect.stringContaining("Soyuz"),
    ]);
    for (const row of rows) {
      expect(row.cause).toMatch(/meteoroids/);
      expect(row.ruledOut).toMatch(/manufacturing defects/);
      expect(row.quote).toContain("likely resulted from impacts by small meteoroids");
    }
  });

  it("cites a sentence of its article for every fact node and relationship", async () => {
    const [uncited] = await query(
      `MATCH (n) WHERE (n:Entity OR n:Incident OR n:IncidentUpdate OR n:Statement) AND size(n.quotes) = 0
       RETURN count(n) AS nodes`,
    );
    expect(uncited?.nodes.toNumber()).toBe(0);
    const normalise = (t: string) => t.replace(/\s+/g, " ");
    const texts = new Map(
      (await query("MATCH (a:Article) RETURN a.id AS id, a.text AS text")).map((a) => [
        a.id as string,
        normalise(a.text as string),
      ]),
    );
    expect(texts.size).toBe(4);
    // quotes[i] is a sentence of the article sources[i].
    const quotes = await query(
      `MATCH ()-[r]->() WHERE NOT type(r) IN ['HAS_UPDATE', 'CITES'] AND NOT startNode(r):Event
         AND r.quotes IS NOT NULL
       UNWIND range(0, size(r.quotes) - 1) AS i
       RETURN DISTINCT r.sources[i] AS source, r.quotes[i] AS quote`,
    );
    expect(quotes.length).toBeGreaterThan(20);
    for (const { source, quote } of quotes)
      expect(texts.get(source as string)).toContain(normalise(quote as string));
  });
});
