import * as chrono from "chrono-node";
import type { DatePrecision, DraftDate, DraftSentence } from "./Draft";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** Words that put a sentence's weekdays after the article's date rather than before it. */
const FUTURE = /\b(will|should|shall|next|plans?|expects?|expected|going to)\b/i;
/** What says the article's own day without a date. */
const TODAY = /^(today|tonight|this (morning|afternoon|evening))$/i;
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
/** Words that make a date relative to the article's: stated, but counted from its date. */
const RELATIVE = /\b(next|last|this|ago|yesterday|tomorrow|end of)\b/i;

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (date: Date) =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/**
 * The dates of each sentence, read by chrono-node with the publication date as reference, and
 * never more precise than the text: a month stated alone is a month (chrono's implied day is
 * dropped), a weekday is resolved against the publication date (before it, or after it in a
 * sentence about the future) and marked inferred with a note, a month without its year takes
 * the year before the article's (inferred). Bare years ("until 2030") are years.
 */
export function findDates(sentences: readonly DraftSentence[], publishedOn: string): DraftDate[] {
  const instant = new Date(`${publishedOn}T12:00:00Z`);
  const weekday = WEEKDAYS[instant.getUTCDay()];
  return sentences.flatMap((sentence) => {
    const results = chrono.parse(
      sentence.text,
      { instant, timezone: 0 },
      { forwardDate: FUTURE.test(sentence.text) },
    );
    const dates = results.flatMap((result): DraftDate[] => {
      if (/^now$/i.test(result.text)) return [];
      const written = result.text.replace(/[\s,.;:]+$/, "");
      const start = sentence.start + result.index;
      const span = { start, end: start + written.length, text: written };
      const stated = RELATIVE.test(written) ? "inferred" : "asserted";
      const known = (unit: chrono.Component) => result.start.isCertain(unit);
      const at = result.start.date();
      const year = at.getUTCFullYear();
      const month = `${year}-${pad(at.getUTCMonth() + 1)}`;
      if (known("year") && known("month") && known("day"))
        return [{ ...span, value: isoDay(at), precision: "day", ...relative(stated, written) }];
      if (known("year") && known("month"))
        return [{ ...span, value: month, precision: "month", ...relative(stated, written) }];
      const inferred = (value: string, precision: DatePrecision, note: string): DraftDate[] => [
        { ...span, value, precision, certainty: "inferred", note },
      ];
      if (known("month") && !known("day") && /[a-z]/i.test(result.text))
        return inferred(
          month,
          "month",
          `The year is not stated: ${year}, the last such month before the article's date (${publishedOn}).`,
        );
      if (known("year") && !known("month"))
        return inferred(
          String(year),
          "year",
          `"${written}" counted back from the article's date (${publishedOn}).`,
        );
      if (known("weekday") && !known("day")) {
        const side = at < instant ? "before" : at > instant ? "after" : "of";
        return inferred(
          isoDay(at),
          "day",
          `"${written}": the ${WEEKDAYS[at.getUTCDay()]} ${side} the article's date (${weekday} ${publishedOn}).`,
        );
      }
      if (TODAY.test(written))
        return inferred(publishedOn, "day", `"${written}": the article's date (${publishedOn}).`);
      return [];
    });
    return [...dates, ...bareYears(sentence, dates)];
  });
}

function relative(certainty: "asserted" | "inferred", written: string) {
  return certainty === "asserted"
    ? { certainty }
    : { certainty, note: `"${written}" counted from the article's date.` };
}

/** Years written alone, outside what chrono read. */
function bareYears(sentence: DraftSentence, dates: readonly DraftDate[]): DraftDate[] {
  return [...sentence.text.matchAll(YEAR)].flatMap((match): DraftDate[] => {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    if (dates.some((date) => date.start < end && start < date.end)) return [];
    return [
      { start, end, text: match[0], value: match[0], precision: "year", certainty: "asserted" },
    ];
  });
}
