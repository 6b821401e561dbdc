import type { Driver } from "neo4j-driver";
import { CommandHandler } from "../../src/commands/CommandHandler";
import { ensureSchema } from "../../src/neo4j/ensureSchema";
import { toPlain } from "../../src/neo4j/neo4jValues";
import { catalogueWithCloseIncident } from "../support/closeIncidentFixture";
import { emptyDatabase } from "../../tools/support/emptyDatabase";
import { testDriver } from "../support/testDatabase";
import { TEST_DATABASE } from "../support/testServices";

/**
 * A command added to the catalogue runs through the whole write path with nothing else changed:
 * decided, appended with its world time, projected in the same transaction (CloseIncident, a
 * command of the test's own catalogue; see test/unit/catalogue).
 */
describe("a command declared in a catalogue, on the real write path", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
    await ensureSchema(driver, TEST_DATABASE);
  });
  afterAll(() => driver.close());

  it("is appended and projected like the service's own", async () => {
    const handler = new CommandHandler(driver, TEST_DATABASE, {
      catalogue: catalogueWithCloseIncident(),
    });
    const text = "Zvezda leaked in 2020. The leak was fixed in July 2021.";
    const source = (quote: string) => ({ articleId: "fixture", quote });
    await handler.executeAll([
      {
        command: {
          type: "RegisterArticle",
          articleId: "fixture",
          title: "Fixture",
          publisher: "Test Wire",
          publishedOn: "2021-08-01",
          text,
        },
      },
      {
        command: {
          type: "RegisterEntity",
          entityId: "zvezda",
          kind: "Module",
          name: "Zvezda",
          source: source("Zvezda"),
        },
      },
      {
        command: {
          type: "ReportIncident",
          incidentId: "zvezda-leak",
          kind: "AIR_LEAK",
          title: "Zvezda leak",
          occurredAt: "2020",
          affected: ["zvezda"],
          source: source("Zvezda leaked in 2020."),
        },
      },
    ]);
    const closed = await handler.execute({
      command: {
        type: "CloseIncident",
        incidentId: "zvezda-leak",
        closedOn: "2021-07",
        resolution: "fixed",
        source: source("The leak was fixed in July 2021."),
      } as never,
    });
    expect(closed.events.map((e) => e.type)).toEqual(["IncidentClosed"]);
    expect(closed.stream).toBe("incident-zvezda-leak");

    const session = driver.session({ database: TEST_DATABASE });
    try {
      const graph = await session.run(
        "MATCH (i:Incident {id: $id}) RETURN i.closedOn AS closedOn, i.resolution AS resolution",
        { id: "zvezda-leak" },
      );
      expect(toPlain(graph.records[0]!.toObject())).toEqual({
        closedOn: "2021-07",
        resolution: "fixed",
      });
      const log = await session.run(
        "MATCH (e:Event {type: 'IncidentClosed'}) RETURN e.occurredAt AS at, e.occurredPrecision AS precision",
      );
      expect(toPlain(log.records.map((r) => r.toObject()))).toEqual([
        { at: "2021-07", precision: "month" },
      ]);
    } finally {
      await session.close();
    }
  });
});
