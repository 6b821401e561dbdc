export interface LatencySummary {
  samples: number;
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** Percentiles of latencies in milliseconds, by nearest rank (p99 of 100 samples is the 99th). */
export function latencySummary(millis: readonly number[]): LatencySummary {
  if (millis.length === 0) throw new Error("no latency samples to summarise");
  const sorted = [...millis].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return {
    samples: sorted.length,
    p50: rank(50),
    p99: rank(99),
    mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}
