import { earliestInstant, latestInstant } from "../../../src/domain/WorldTime";
import { timeScale } from "../../../ide/explore/lib/timeScale";
import { formatValidity, worldTimeOf } from "../../../ide/explore/lib/worldTime";

/** The first and last instants a world time may mean, in ms (as the API's earliest and latest). */
const spanOf = (at: string) => {
  const time = worldTimeOf(at);
  return [Date.parse(earliestInstant(time)), Date.parse(latestInstant(time))] as const;
};

describe("world time as precise as the source", () => {
  it("takes the API's precision, or else the value's spelling", () => {
    expect(worldTimeOf("2020")).toEqual({ value: "2020", precision: "year" });
    expect(worldTimeOf("2024-02-28", "day")).toEqual({ value: "2024-02-28", precision: "day" });
    expect(worldTimeOf("2024-02-28T14:30:00.000Z").precision).toBe("instant");
  });

  it("says a validity in words, one date once", () => {
    expect(formatValidity("2024-02-29", "day", "2024-02-29", "day")).toBe("on 29 February 2024");
    expect(formatValidity("2020-08", "month", null, null)).toBe("from August 2020");
    expect(formatValidity(null, null, "2030", "year")).toBe("until 2030");
    expect(formatValidity(null, null, null, null)).toBeNull();
  });
});

describe("the timeline's scale", () => {
  const month = spanOf("2020-08");
  const day = spanOf("2024-02-28");

  it("covers whole years, so a month's bar covers its month", () => {
    const scale = timeScale([
      { start: month[0], end: month[1] },
      { start: day[0], end: day[1] },
    ]);
    expect(new Date(scale.start).toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(new Date(scale.end).toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(scale.x(scale.start)).toBe(0);
    expect(scale.x(scale.end)).toBe(1);
    const monthWidth = scale.x(month[1]) - scale.x(month[0]);
    expect(monthWidth).toBeCloseTo(31 / 1827, 4);
    expect(scale.ticks.filter((t) => t.major).map((t) => t.label)).toEqual([
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
    ]);
    expect(scale.ticks.some((t) => !t.major)).toBe(false);
  });

  it("draws months on the axis when the entries span two years or less", () => {
    const scale = timeScale([{ start: month[0], end: month[1] }]);
    expect(scale.ticks.filter((t) => !t.major)).toHaveLength(11);
  });
});
