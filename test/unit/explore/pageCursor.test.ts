import { DomainError } from "../../../src/domain/DomainError";
import {
  afterKey,
  decodeCursor,
  encodeCursor,
  keyAfter,
  pageRequest,
  toPage,
} from "../../../src/explore/pageCursor";

const SHAPE = ["string?", "number", "string"] as const;
const filter = { about: "zvezda", asOfPosition: undefined };

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? { kind: error.kind, field: error.field } : error;
  }
  return "accepted";
}

describe("the explore reads' cursors", () => {
  const cursor = encodeCursor("timeline", filter, ["2020-08-01T00:00:00Z", 1, "zvezda-air-leak"]);

  it("give back the key of the list and arguments that issued them", () => {
    expect(decodeCursor("timeline", { about: "zvezda" }, cursor, SHAPE)).toEqual([
      "2020-08-01T00:00:00Z",
      1,
      "zvezda-air-leak",
    ]);
  });

  it.each([
    ["not base64 of JSON", "bm90IGpzb24"],
    ["of another list", encodeCursor("relations", filter, [null, 1, "x"])],
    ["of other arguments", encodeCursor("timeline", { about: "nasa" }, [null, 1, "x"])],
    ["of another shape", encodeCursor("timeline", filter, [1, 1, "x"])],
    ["too short", encodeCursor("timeline", filter, [null, 1])],
    [
      "of another version",
      Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(cursor, "base64url").toString()), v: 2 }),
      ).toString("base64url"),
    ],
  ])("refuse a cursor %s as a validation error on after", (_why, bad) => {
    expect(refusal(() => decodeCursor("timeline", filter, bad, SHAPE))).toEqual({
      kind: "validation",
      field: "after",
    });
  });

  it("bound first: its default, and a validation error out of range", () => {
    const bounds = { defaultFirst: 50, maxFirst: 500 };
    expect(pageRequest("timeline", filter, {}, bounds, SHAPE)).toEqual({ first: 50, after: null });
    for (const first of [0, 501, 2.5])
      expect(refusal(() => pageRequest("timeline", filter, { first }, bounds, SHAPE))).toEqual({
        kind: "validation",
        field: "first",
      });
  });

  it("order keys as Cypher does, nulls last", () => {
    expect(keyAfter([null, 0, "a"], ["2020", 2, "z"])).toBe(true);
    expect(keyAfter(["2020", 2, "a"], [null, 0, "a"])).toBe(false);
    expect(keyAfter([1, "b"], [1, "a"])).toBe(true);
    expect(keyAfter([1, "a"], [1, "a"])).toBe(false);
  });

  it("page: first items, a next page when a row more was read, the last edge's cursor", () => {
    const request = { first: 2, after: null };
    const page = toPage(["a", "b", "c"], request, (item) => `cursor-${item}`);
    expect(page.edges.map((edge) => edge.cursor)).toEqual(["cursor-a", "cursor-b"]);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: "cursor-a",
      endCursor: "cursor-b",
    });
    expect(toPage(["a"], request, (item) => item).pageInfo.hasNextPage).toBe(false);
  });

  it("write the keyset predicate over the columns, parameters only", () => {
    expect(afterKey(["a.id", "r.knownSince"])).toBe(
      "($after IS NULL OR (a.id > $after[0] OR (a.id = $after[0] AND r.knownSince > $after[1])))",
    );
  });
});
