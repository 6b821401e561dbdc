import { timeScale } from "../../../ide/explore/lib/timeScale";
import {
  formatValidity,
  formatWorldTime,
  precisionOf,
  spanOf,
} from "../../../ide/explore/lib/worldTime";

describe("world time as precise as the source", () => {
  it("spells and spans a year, a month and a day as what they are", () => {
    expect(precisionOf("2020")).toBe("year");
    expect(formatWorldTime("2020-08")).toBe("August 2020");
    expect(formatWorldTime("2024-02-28")).toBe("28 February 2024");
    expect(formatWorldTime("2020", "year")).toBe("2020");
    const [start, end] = spanOf("2020-08", "month");
    expect(new Date(start).toISOString()).toBe("2020-08-01T00:00:00.000Z");
    expect(new Date(end).toISOString()).toBe("2020-08-31T23:59:59.999Z");
    const [leapStart, leapEnd] = spanOf("2024-02-29", "day");
    expect(leapEnd - leapStart).toBe(24 * 3600 * 1000 - 1);
  });

  it("says a validity in words, one date once", () => {
    expect(formatValidity("2024-02-29", "day", "2024-02-29", "day")).toBe("on 29 February 2024");
    expect(formatValidity("2020-08", "month", null, null)).toBe("from August 2020");
    expect(formatValidity(null, null, "2030", "year")).toBe("until 2030");
    expect(formatValidity(null, null, null, null)).toBeNull();
  });
});

describe("the timeline's scale", () => {
  const month = spanOf("2020-08", "month");
  const day = spanOf("2024-02-28", "day");

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
