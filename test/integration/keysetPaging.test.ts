import type { Driver } from "neo4j-driver";
import { afterKey, instantColumn, keyParameter, type SortKey } from "../../src/explore/pageCursor";
import { int } from "../../src/neo4j/neo4jValues";
import { testDriver } from "../support/testDatabase";
import { TEST_DATABASE } from "../support/testServices";

/*
 * afterKey's Cypher, against Neo4j's own ORDER BY: every page after every row's key holds
 * exactly the rows that follow it, nulls last, dates compared as dates (not as their text).
 */

/** Rows with a nullable datetime (ISO text, the cursor's form) and an id, some tied, some null. */
const ROWS: [string | null, string][] = [
  ["2024-02-29T00:00:00Z", "b"],
  ["2024-02-29T00:00:00Z", "a"],
  [null, "d"],
  ["2020-08-01T00:00:00Z", "z"],
  [null, "c"],
  // Before the first as a date (23:00 UTC the day before), after it as text.
  ["2024-02-29T01:00:00+02:00", "e"],
  ["2020-08-01T00:00:00Z", "y"],
];

const FROM_ROWS = `UNWIND $rows AS row
WITH CASE WHEN row[0] IS NULL THEN null ELSE datetime(row[0]) END AS at, row[1] AS id`;

describe("keyset paging's Cypher (afterKey) against Neo4j's ORDER BY", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  const read = async (after: SortKey | null, columns: Parameters<typeof afterKey>[0]) => {
    const { records } = await driver.executeQuery(
      `${FROM_ROWS}
       WITH at, id WHERE ${afterKey(columns)}
       WITH at, id ORDER BY at, id LIMIT $limit
       RETURN toString(at) AS at, id`,
      { rows: ROWS, after: keyParameter(after), limit: int(ROWS.length + 1) },
      { database: TEST_DATABASE },
    );
    return records.map((r) => [r.get("at") as string | null, r.get("id") as string] as const);
  };

  it("gives after each row's key exactly the rows that follow it, nulls last", async () => {
    const columns = [instantColumn("at"), "id"];
    const all = await read(null, columns);
    expect(all.map(([, id]) => id)).toEqual(["y", "z", "e", "a", "b", "c", "d"]);
    for (const [i, [at, id]] of all.entries()) {
      expect(await read([at, id], columns)).toEqual(all.slice(i + 1));
    }
  });

  it("compares columns that are never null directly", async () => {
    const { records } = await driver.executeQuery(
      `UNWIND range(1, 6) AS n WITH n % 3 AS group, n
       WITH group, n WHERE ${afterKey(["group", "n"])}
       RETURN group, n ORDER BY group, n`,
      { after: keyParameter([1, 1]) },
      { database: TEST_DATABASE },
    );
    expect(records.map((r) => [Number(r.get("group")), Number(r.get("n"))])).toEqual([
      [1, 4],
      [2, 2],
      [2, 5],
    ]);
  });
});
