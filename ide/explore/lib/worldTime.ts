import type { Precision } from "../generated/graphql";

// World time as precise as the source: "2020" is a year, "2020-08" a month, "2024-02-28" a day.
// What is shown never claims more precision than that.

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The precision a world time's own spelling gives it. */
export function precisionOf(at: string): Precision {
  if (/^\d{4}$/.test(at)) return "year";
  if (/^\d{4}-\d{2}$/.test(at)) return "month";
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return "day";
  return "instant";
}

/** "2020", "August 2020", "28 February 2024", or the instant in UTC. */
export function formatWorldTime(at: string, precision: Precision | null = precisionOf(at)): string {
  const [year, month, day] = at.slice(0, 10).split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  switch (precision) {
    case "year":
      return year ?? at;
    case "month":
      return monthName ? `${monthName} ${year}` : at;
    case "day":
      return monthName ? `${Number(day)} ${monthName} ${year}` : at;
    default:
      return at.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC");
  }
}

/** The first and last instants (ms since the epoch, UTC) that a world time may mean. */
export function spanOf(
  at: string,
  precision: Precision | null = precisionOf(at),
): [number, number] {
  const [y, m, d] = at.slice(0, 10).split("-").map(Number) as [number, number?, number?];
  switch (precision) {
    case "year":
      return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - 1];
    case "month":
      return [Date.UTC(y, (m ?? 1) - 1, 1), Date.UTC(y, m ?? 1, 1) - 1];
    case "day":
      return [Date.UTC(y, (m ?? 1) - 1, d ?? 1), Date.UTC(y, (m ?? 1) - 1, (d ?? 1) + 1) - 1];
    default: {
      const t = Date.parse(at);
      return [t, t];
    }
  }
}

/** A relation's validity in words: "on 29 February 2024", "from August 2020", "until 2030". */
export function formatValidity(
  from: string | null | undefined,
  fromPrecision: Precision | null | undefined,
  to: string | null | undefined,
  toPrecision: Precision | null | undefined,
): string | null {
  const start = from ? formatWorldTime(from, fromPrecision ?? precisionOf(from)) : null;
  const end = to ? formatWorldTime(to, toPrecision ?? precisionOf(to)) : null;
  if (start && end) return start === end ? `on ${start}` : `from ${start} to ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return null;
}
