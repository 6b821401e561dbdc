import { int } from "neo4j-driver";
import { DomainError, invalid } from "../domain/DomainError";
import { earliestInstant, latestInstant, parseWorldTime } from "../domain/WorldTime";

/* How far the explorer's reads go, and how they refuse what goes further. */

/** Each hop multiplies the paths a neighbourhood expands: at 4, one hub kept Neo4j busy for seconds. */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;
/** The most paths a neighbourhood collects (its `limit`), as any page of the API. */
export const MAX_NEIGHBOURHOOD_LIMIT = 1000;
export const MAX_PATH_DEPTH = 10;
/** The most rows a relations or timeline answer holds: past it, the caller narrows the question. */
export const MAX_RESULT_ROWS = 1000;

/** A read's from (its first instant) or until (its last), refused as INVALID_INPUT when not a world time. */
export function worldTimeBound(
  field: "from" | "until",
  value: string | null | undefined,
): string | null {
  if (!value) return null;
  const parsed = parseWorldTime(value);
  if ("error" in parsed) throw invalid(field, parsed.error);
  return field === "from" ? earliestInstant(parsed) : latestInstant(parsed);
}

/** A read of what happened about a node within dates (the timeline, the disputes). */
export interface WorldTimeWindow {
  about?: string | null;
  from?: string | null;
  until?: string | null;
}

/** A window's Cypher parameters, with a row past MAX_RESULT_ROWS to tell an answer too large. */
export function windowParameters(window: WorldTimeWindow) {
  return {
    rows: int(MAX_RESULT_ROWS + 1),
    about: window.about ?? null,
    fromStart: worldTimeBound("from", window.from),
    untilEnd: worldTimeBound("until", window.until),
  };
}

/** The refusal of an answer over MAX_RESULT_ROWS: what to narrow it with. */
export function tooLarge(what: string, narrow: string): DomainError {
  return new DomainError(
    "too_large",
    `more than ${MAX_RESULT_ROWS} ${what} match: narrow the question with ${narrow}`,
  );
}

/** The refusal of a list over MAX_RESULT_ROWS that has no filter to narrow it: its connection pages it. */
export function tooLong(what: string, connection: string): DomainError {
  return new DomainError(
    "too_large",
    `more than ${MAX_RESULT_ROWS} ${what}: read them a page at a time with ${connection}`,
  );
}

/** The pages of the timeline and of relations (their connections): 50 unless asked, at most 500. */
export const LIST_PAGE = { defaultFirst: 50, maxFirst: 500 } as const;
/** The pages of a search: 20 unless asked (a search box's first screen), at most 200. */
export const SEARCH_PAGE = { defaultFirst: 20, maxFirst: 200 } as const;
