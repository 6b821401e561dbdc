/**
 * World time in the stories, as whole days since 1970-01-01 (UTC), written the domain's way:
 * a truncated ISO 8601 value whose length is its precision (2012, 2012-03, 2012-03-14).
 */
export type DayPrecision = "year" | "month" | "day";

const MS_PER_DAY = 86_400_000;
/** Days already written: a corpus has some thousands of them, written millions of times. */
const ISO_DAYS = new Map<number, string>();
/** The months' names, as an English article writes them. */
const MONTHS = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(
    Date.UTC(2000, month),
  ),
);

export function dayOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

/** The day as a world time of the given precision ("2012-03-14", "2012-03" or "2012"). */
export function worldTime(day: number, precision: DayPrecision = "day"): string {
  let iso = ISO_DAYS.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    ISO_DAYS.set(day, iso);
  }
  return precision === "day"
    ? iso.slice(0, 10)
    : precision === "month"
      ? iso.slice(0, 7)
      : iso.slice(0, 4);
}

/** The first day a world time of day, month or year precision can mean. */
export function firstDayOf(time: string): number {
  return dayOf(time.length === 4 ? `${time}-01-01` : time.length === 7 ? `${time}-01` : time);
}

/** How an article says a world time: "on 14 March 2012", "in March 2012", "in 2012". */
export function spokenTime(time: string): string {
  const year = time.slice(0, 4);
  if (time.length === 4) return `in ${year}`;
  const month = MONTHS[Number(time.slice(5, 7)) - 1]!;
  if (time.length === 7) return `in ${month} ${year}`;
  return `on ${Number(time.slice(8, 10))} ${month} ${year}`;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
