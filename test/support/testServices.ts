import type { Driver } from "neo4j-driver";
import { CommandHandler } from "../../src/commands/CommandHandler";
import { ensureSchema } from "../../src/neo4j/ensureSchema";
import { toNumber } from "../../src/neo4j/neo4jValues";
import { emptyDatabase } from "../../tools/support/emptyDatabase";
import { testDriver } from "./testDatabase";

export const TEST_DATABASE = "neo4j";

/** A driver and command handler on the test Neo4j, with the schema in place and no data. */
export async function freshServices(): Promise<{ driver: Driver; handler: CommandHandler }> {
  const driver = testDriver();
  await ensureSchema(driver, TEST_DATABASE);
  await emptyDatabase(driver);
  return { driver, handler: new CommandHandler(driver, TEST_DATABASE) };
}

/** Counts of the log: head position and number of events, commands (recorded on their first event) and streams. */
export async function logCounts(driver: Driver) {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (l:EventLog {id: 'main'})
     RETURN coalesce(l.position, 0) AS head, COUNT { (:Event) } AS events,
            COUNT { MATCH (e:Event) WHERE e.commandHash IS NOT NULL } AS commands, COUNT { (:EventStream) } AS streams`,
    {},
    { database: TEST_DATABASE },
  );
  const r = records[0]!;
  return {
    head: toNumber(r.get("head")),
    events: toNumber(r.get("events")),
    commands: toNumber(r.get("commands")),
    streams: toNumber(r.get("streams")),
  };
}

/**
 * Fresh services for each test of the describe that calls it (an emptied database and a new
 * command handler), with `setUp` run on them first; the last driver closed after the describe.
 */
export function servicesForTests(
  setUp: (handler: CommandHandler) => Promise<unknown> = async () => {},
) {
  const ctx = {
    driver: undefined as unknown as Driver,
    handler: undefined as unknown as CommandHandler,
  };
  beforeEach(async () => {
    ({ driver: ctx.driver, handler: ctx.handler } = await freshServices());
    await setUp(ctx.handler);
  });
  afterAll(async () => {
    await ctx.driver?.close();
  });
  return ctx;
}
