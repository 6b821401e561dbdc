// A linear scale of world time for the timeline: whole years (or months, when the entries span
// little time) so that a month's bar covers exactly its month on the axis.

export interface Span {
  /** First instant it may mean (ms since the epoch, UTC). */
  start: number;
  /** Last instant it may mean. */
  end: number;
}

export interface Tick {
  at: number;
  label: string;
  /** A year's start (labelled on the axis), rather than a month's. */
  major: boolean;
}

export interface TimeScale {
  start: number;
  end: number;
  /** Where an instant falls, from 0 (the scale's start) to 1 (its end). */
  x(t: number): number;
  ticks: Tick[];
}

const MONTH_LABELS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** The scale covering every span, from the first year's start to the last year's end. */
export function timeScale(spans: readonly Span[]): TimeScale {
  if (spans.length === 0) {
    const year = new Date().getUTCFullYear();
    return timeScale([{ start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) - 1 }]);
  }
  const first = new Date(Math.min(...spans.map((s) => s.start))).getUTCFullYear();
  const last = new Date(Math.max(...spans.map((s) => s.end))).getUTCFullYear();
  const start = Date.UTC(first, 0, 1);
  const end = Date.UTC(last + 1, 0, 1);
  const years = last - first + 1;
  const ticks: Tick[] = [];
  for (let year = first; year <= last + 1; year++) {
    ticks.push({ at: Date.UTC(year, 0, 1), label: String(year), major: true });
    // Months are drawn when there is room for them: two years or less.
    if (years <= 2 && year <= last) {
      for (let month = 1; month < 12; month++)
        ticks.push({ at: Date.UTC(year, month, 1), label: MONTH_LABELS[month]!, major: false });
    }
  }
  return { start, end, x: (t) => (t - start) / (end - start), ticks };
}
