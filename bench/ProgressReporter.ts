/**
 * Progress of a long phase on stderr: done of total, rate and time left, at most every few
 * seconds, so a run at a million events shows that it is alive and when it will end.
 */
export class ProgressReporter {
  private readonly started = performance.now();
  private lastWritten = performance.now();

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly unit: string,
    private readonly write: (line: string) => void,
    private readonly intervalMillis = 2_000,
  ) {}

  update(done: number): void {
    const now = performance.now();
    if (now - this.lastWritten < this.intervalMillis) return;
    this.lastWritten = now;
    this.write(this.line(done, now));
  }

  /** The last line, "- done" after it; `done` is the total unless said otherwise. */
  finish(done = this.total): void {
    this.write(`${this.line(done, performance.now())} - done`);
  }

  private line(done: number, now: number): string {
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const share = this.total > 0 ? ` (${((100 * done) / this.total).toFixed(1)}%)` : "";
    const left = rate > 0 && done < this.total ? `, ETA ${clock((this.total - done) / rate)}` : "";
    return (
      `[${this.label}] ${count(done)} / ${count(this.total)} ${this.unit}${share}, ` +
      `${count(rate)} ${this.unit}/s, ${clock(seconds)} elapsed${left}`
    );
  }
}

const count = (n: number) => Math.round(n).toLocaleString("en-US");

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
