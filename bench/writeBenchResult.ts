import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/config/projectRoot";
import { benchFigures } from "./benchFigures";
import type { BenchResult } from "./benchOptions";

/** 10000 -> 10k, 1000000 -> 1M, 2500 -> 2500. */
export function scaleLabel(scale: number): string {
  if (scale % 1_000_000 === 0) return `${scale / 1_000_000}M`;
  if (scale % 1_000 === 0) return `${scale / 1_000}k`;
  return String(scale);
}

/** The run as JSON (every measurement, the table's figures, the machine), by default under bench/results/. */
export function writeBenchResult(result: BenchResult, file?: string): string {
  const target =
    file ??
    path.join(
      projectRoot(),
      "bench",
      "results",
      `${result.startedAt.slice(0, 10)}-${scaleLabel(result.scale)}.json`,
    );
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(
    target,
    `${JSON.stringify({ ...result, figures: benchFigures(result) }, null, 2)}\n`,
  );
  return target;
}
