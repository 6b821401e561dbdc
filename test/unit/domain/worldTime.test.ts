import {
  earliestInstant,
  endsBeforeItStarts,
  formatWorldTime,
  latestInstant,
  parseWorldTime,
} from "../../../src/domain/WorldTime";

describe("world time with its precision", () => {
  it.each([
    ["2020", "year"],
    ["2020-08", "month"],
    ["2024-02-28", "day"],
    ["2024-02-28T14:30:00Z", "instant"],
  ])("reads %s as a %s", (value, precision) => {
    expect(parseWorldTime(value)).toMatchObject({ precision });
  });

  it.each(["20", "2020-13", "2023-02-29", "August 2020", "2024-02-28T14:30"])(
    "refuses %s",
    (value) => {
      expect(parseWorldTime(value)).toHaveProperty("error");
    },
  );

  it("spans the whole period an imprecise value may mean", () => {
    expect(earliestInstant({ value: "2020-08", precision: "month" })).toBe(
      "2020-08-01T00:00:00.000Z",
    );
    expect(latestInstant({ value: "2020-08", precision: "month" })).toBe(
      "2020-08-31T23:59:59.999Z",
    );
    expect(latestInstant({ value: "2024-02", precision: "month" })).toBe(
      "2024-02-29T23:59:59.999Z",
    );
    expect(latestInstant({ value: "2020", precision: "year" })).toBe("2020-12-31T23:59:59.999Z");
    expect(latestInstant({ value: "2024-02-28", precision: "day" })).toBe(
      "2024-02-28T23:59:59.999Z",
    );
  });

  it("says an interval ends before it starts only when even its latest end precedes its start", () => {
    const month = (value: string) => ({ value, precision: "month" as const });
    const year = (value: string) => ({ value, precision: "year" as const });
    expect(endsBeforeItStarts({ from: month("2021-03"), to: month("2021-02") })).toBe(true);
    expect(endsBeforeItStarts({ from: month("2021-03"), to: year("2021") })).toBe(false);
    expect(endsBeforeItStarts({ from: month("2021-03") })).toBe(false);
  });

  it("says a value in words as precisely as it is, and no more", () => {
    expect(formatWorldTime({ value: "2020", precision: "year" })).toBe("2020");
    expect(formatWorldTime({ value: "2020-08", precision: "month" })).toBe("August 2020");
    expect(formatWorldTime({ value: "2024-02-28", precision: "day" })).toBe("28 February 2024");
    expect(formatWorldTime({ value: "2024-02-28T14:30:00.000Z", precision: "instant" })).toBe(
      "28 February 2024, 14:30 UTC",
    );
    expect(formatWorldTime({ value: "2024-02-28T14:30:05+02:00", precision: "instant" })).toBe(
      "28 February 2024, 12:30:05 UTC",
    );
  });
});
