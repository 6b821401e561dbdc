/**
 * When something was true in the world, as precisely as the source says it: "August 2020" is a
 * month, "later that year" a year, "on Wednesday" a day. Written as a truncated ISO 8601 value
 * whose length is its precision: 2020, 2020-08, 2024-02-28, 2024-02-28T14:00:00Z.
 */
export type Precision = "year" | "month" | "day" | "instant";

export interface WorldTime {
  value: string;
  precision: Precision;
}

/** A validity interval; an open end is unknown or ongoing. */
export interface Validity {
  from?: WorldTime | undefined;
  to?: WorldTime | undefined;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses a world time, or returns a message saying why it is not one. */
export function parseWorldTime(value: string): WorldTime | { error: string } {
  const text = value.trim();
  if (YEAR.test(text)) return { value: text, precision: "year" };
  const month = MONTH.exec(text);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12
      ? { value: text, precision: "month" }
      : { error: `no month ${month[2]}` };
  }
  const day = DAY.exec(text);
  if (day) {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
      ? { value: text, precision: "day" }
      : { error: `no such day: ${text}` };
  }
  if (INSTANT.test(text) && !Number.isNaN(new Date(text).getTime())) {
    return { value: new Date(text).toISOString(), precision: "instant" };
  }
  return {
    error: `"${value}" is not a world time: write YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant with a zone`,
  };
}

/** The first instant the value can mean ("2020-08" -> 2020-08-01T00:00:00.000Z). */
export function earliestInstant(time: WorldTime): string {
  switch (time.precision) {
    case "year":
      return `${time.value}-01-01T00:00:00.000Z`;
    case "month":
      return `${time.value}-01T00:00:00.000Z`;
    case "day":
      return `${time.value}T00:00:00.000Z`;
    case "instant":
      return new Date(time.value).toISOString();
  }
}

/** The last instant the value can mean ("2020-08" -> 2020-08-31T23:59:59.999Z). */
export function latestInstant(time: WorldTime): string {
  const start = new Date(earliestInstant(time));
  const end = new Date(start);
  switch (time.precision) {
    case "year":
      end.setUTCFullYear(end.getUTCFullYear() + 1);
      break;
    case "month":
      end.setUTCMonth(end.getUTCMonth() + 1);
      break;
    case "day":
      end.setUTCDate(end.getUTCDate() + 1);
      break;
    case "instant":
      return start.toISOString();
  }
  return new Date(end.getTime() - 1).toISOString();
}

/** An interval ends before it starts when even its latest end precedes its earliest start. */
export function endsBeforeItStarts(validity: Validity): boolean {
  if (!validity.from || !validity.to) return false;
  return latestInstant(validity.to) < earliestInstant(validity.from);
}

/** "28 February 2024", "February 2024": English dates, as the articles write them, in UTC. */
const DAY_IN_WORDS = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const MONTH_IN_WORDS = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/**
 * A world time in words, as precise as it is and no more: "2020", "August 2020",
 * "28 February 2024", "28 February 2024, 14:00 UTC" (seconds only when they are not zero).
 */
export function formatWorldTime(time: WorldTime): string {
  const start = new Date(earliestInstant(time));
  if (Number.isNaN(start.getTime())) return time.value;
  switch (time.precision) {
    case "year":
      return time.value;
    case "month":
      return MONTH_IN_WORDS.format(start);
    case "day":
      return DAY_IN_WORDS.format(start);
    case "instant": {
      const iso = start.toISOString();
      const clock = iso.slice(17, 19) === "00" ? iso.slice(11, 16) : iso.slice(11, 19);
      return `${DAY_IN_WORDS.format(start)}, ${clock} UTC`;
    }
  }
}
