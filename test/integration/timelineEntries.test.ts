import type { Driver } from "neo4j-driver";
import {
  TIMELINE_ENTRIES_COUNT,
  TIMELINE_ENTRIES_PAGE,
  entryKeyParameter,
  timelineCountCypher,
  timelinePageCypher,
} from "../../src/explore/timelinePage";
import { int, toPlain } from "../../src/neo4j/neo4jValues";
import { rebuildProjection, type TimelinesProgress } from "../../src/projection/rebuildProjection";
import { executeAll, randomCommands } from "../support/randomCommands";
import { TEST_DATABASE, servicesForTests } from "../support/testServices";

/** Far more than any timeline of these graphs holds: every entry in one page. */
const ALL = int(1_000_000);

/** The windows each timeline is compared in: none, from a year, until a year, both. */
const WINDOWS = [
  { fromStart: null, untilEnd: null },
  { fromStart: "2021-01-01T00:00:00Z", untilEnd: null },
  { fromStart: null, untilEnd: "2022-12-31T23:59:59.999999999Z" },
  { fromStart: "2020-06-01T00:00:00Z", untilEnd: "2023-06-30T23:59:59.999999999Z" },
];

async function rows(driver: Driver, cypher: string, parameters: Record<string, unknown>) {
  const { records } = await driver.executeQuery(cypher, parameters, { database: TEST_DATABASE });
  return records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
}

/**
 * Every node's timeline as of now, in every window, read from the projection's entries and by
 * the walk: the same rows in the same order (ids, kinds, instants, ranks), and the same counts.
 * Then the third page of three after a cursor taken from the entries, read both ways.
 */
async function expectEntriesAgreeWithWalk(driver: Driver): Promise<number> {
  const nodes = await rows(driver, "MATCH (x:Fact) RETURN x.id AS id ORDER BY id", {});
  let compared = 0;
  for (const { id } of nodes) {
    for (const window of WINDOWS) {
      const parameters = { about: id, asOf: null, ...window };
      const walked = await rows(driver, timelinePageCypher(true), {
        ...parameters,
        after: null,
        limit: ALL,
      });
      const read = await rows(driver, TIMELINE_ENTRIES_PAGE, {
        ...parameters,
        after: null,
        limit: ALL,
      });
      expect({ id, window, read }).toEqual({ id, window, read: walked });
      const [walkedCount] = await rows(driver, timelineCountCypher(true), parameters);
      const [readCount] = await rows(driver, TIMELINE_ENTRIES_COUNT, parameters);
      expect({ id, window, total: readCount!.total }).toEqual({
        id,
        window,
        total: walkedCount!.total,
      });
      if (walked.length > 6) {
        const cursor = walked[5]!;
        const key = [cursor.latest, cursor.earliest, Number(cursor.rank), cursor.id] as [
          string | null,
          string | null,
          number,
          string,
        ];
        const after = { ...parameters, limit: int(3) };
        expect(
          await rows(driver, TIMELINE_ENTRIES_PAGE, { ...after, after: entryKeyParameter(key) }),
        ).toEqual(
          await rows(driver, timelinePageCypher(true), {
            ...after,
            after: [key[0], key[1], int(key[2]), key[3]],
          }),
        );
      }
      compared += walked.length;
    }
  }
  return compared;
}

describe("the timelines of now the projection keeps (TimelineEntry)", () => {
  const ctx = servicesForTests();

  it("hold what the walk finds for every node, after commands one by one, in groups, and rebuilt in pages", async () => {
    // Corrections, retractions, merges and unmerges, parts linked and unlinked, of a random world.
    const commands = randomCommands(900, 20261207);
    await executeAll(ctx.handler, commands.slice(0, 600));
    // The rest from four clients at once: their commands go in groups of varying mixes.
    await executeAll(ctx.handler, commands.slice(600), 4);
    const [types] = await rows(
      ctx.driver,
      `MATCH ()-[r]->() WITH collect(DISTINCT type(r)) AS types
       MATCH (m:Merged) RETURN types, count(m) AS merged`,
      {},
    );
    // The world moved what timelines hold: parts, merges.
    expect(types!.types).toContain("PART_OF");
    expect(types!.merged).toBeGreaterThan(0);
    expect(await expectEntriesAgreeWithWalk(ctx.driver)).toBeGreaterThan(1000);
    // Rebuilt in pages of 7 events, its timelines written at the end in pages of 13 happenings.
    const progress: TimelinesProgress[] = [];
    await rebuildProjection(ctx.driver, TEST_DATABASE, {
      pageSize: 7,
      timelinesPageSize: 13,
      onTimelines: (at) => progress.push(at),
    });
    expect(await expectEntriesAgreeWithWalk(ctx.driver)).toBeGreaterThan(1000);
    const [counted] = await rows(
      ctx.driver,
      "MATCH (n:Incident|IncidentUpdate|Statement|Retracted) RETURN count(n) AS happenings",
      {},
    );
    expect(progress[0]).toEqual({ written: 0, total: counted!.happenings });
    expect(progress.length).toBeGreaterThan(10);
    expect(progress[progress.length - 1]).toEqual({
      written: progress[0]!.total,
      total: progress[0]!.total,
    });
  }, 900_000);
});
