/**
 * The progress of long work over the log, a line a second at most (or every `intervalMillis`)
 * and always the last: "import: 1200/5000 events (24%), 800 events/s". The rate counts from this
 * call, without the `already` done before it (a resumed run). `unit` names what is counted.
 */
export function eventProgress(
  what: string,
  say: (line: string) => void,
  { already = 0, unit = "events", intervalMillis = 1000 } = {},
): (done: number, total: number) => void {
  const started = performance.now();
  let shown = 0;
  return (done, total) => {
    const now = performance.now();
    if (done !== total && now - shown < intervalMillis) return;
    shown = now;
    const seconds = (now - started) / 1000;
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    const rate = seconds > 0 ? Math.round((done - already) / seconds) : 0;
    say(`${what}: ${done}/${total} ${unit} (${percent}%), ${rate} ${unit}/s`);
  };
}

/**
 * A rebuild's two passes as progress lines (its events, then the timelines of now): what
 * `npm run rebuild` prints and what the API logs when it rebuilds at start.
 */
export function rebuildProgress(
  what: string,
  say: (line: string) => void,
  intervalMillis = 1000,
): {
  onProgress: (progress: { applied: number; total: number }) => void;
  onTimelines: (progress: { written: number; total: number }) => void;
} {
  const events = eventProgress(what, say, { intervalMillis });
  const timelines = eventProgress(`${what}, the timelines of now`, say, {
    unit: "happenings",
    intervalMillis,
  });
  return {
    onProgress: ({ applied, total }) => events(applied, total),
    onTimelines: ({ written, total }) => timelines(written, total),
  };
}
