import {
  formatWorldTime,
  parseWorldTime,
  type Precision,
  type WorldTime,
} from "../../../src/domain/WorldTime";

// World time as the API answers it (a value and, mostly, its precision), read and written in words
// by the domain's own module (src/domain/WorldTime.ts: pure, no imports), so that the explorer
// never says a time more or less precisely than the service holds it.

export { formatWorldTime, type Precision, type WorldTime };

/** The API's value and precision as a world time; without a precision, its spelling gives one. */
export function worldTimeOf(at: string, precision?: Precision | null): WorldTime {
  if (precision) return { value: at, precision };
  const parsed = parseWorldTime(at);
  return "error" in parsed ? { value: at, precision: "instant" } : parsed;
}

/** A relation's validity in words: "on 29 February 2024", "from August 2020", "until 2030". */
export function formatValidity(
  from: string | null | undefined,
  fromPrecision: Precision | null | undefined,
  to: string | null | undefined,
  toPrecision: Precision | null | undefined,
): string | null {
  const start = from ? formatWorldTime(worldTimeOf(from, fromPrecision)) : null;
  const end = to ? formatWorldTime(worldTimeOf(to, toPrecision)) : null;
  if (start && end) return start === end ? `on ${start}` : `from ${start} to ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return null;
}
