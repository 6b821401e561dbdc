import { benchFigures } from "./benchFigures";
import type { BenchResult } from "./benchOptions";
import path from "node:path";
import { apiMillis, shownParts, type ProfiledRequests } from "./cpuProfile";

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** The run as a Markdown table (readable in a terminal, pasted as is into bench/README.md). */
export function formatBenchTable(result: BenchResult): string {
  const rows = benchFigures(result).map((f) => [
    f.figure,
    f.value,
    f.baseline,
    f.ratio === null ? "" : `${f.ratio.toFixed(2)}×`,
    f.target,
    f.met === null ? "" : f.met ? "yes" : "**no**",
  ]);
  const header = ["figure", "value", "baseline (same run)", "ratio", "target", "met?"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => cell(r[i]!).length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => cell(c).padEnd(widths[i]!)).join(" | ")} |`;
  const m = result.machine;
  const failed = result.checks.filter((c) => !c.ok);
  return [
    `Scale ${result.scale.toLocaleString("en-US")} events, seed ${result.options.seed}, ` +
      `${result.startedAt.slice(0, 10)}, commit ${m ? m.gitCommit.slice(0, 12) : "?"}${m?.gitDirty ? " (uncommitted changes)" : ""}`,
    m
      ? `Machine: ${m.cpuModel}, ${m.cores} cores, ${(m.memoryBytes / 2 ** 30).toFixed(0)} GiB; Node ${m.node}; ${m.neo4j}`
      : "Machine: unknown",
    "",
    line(header),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.map(line),
    "",
    `Checks: ${result.checks.length - failed.length} of ${result.checks.length} passed` +
      (failed.length > 0 ? `; FAILED: ${failed.map((c) => c.name).join("; ")}` : ""),
    ...(result.profiles?.length ? ["", ...profileTable(result.profiles)] : []),
    ...(result.error ? ["", `The run stopped with an error:`, result.error] : []),
  ].join("\n");
}

/**
 * With --profile: where a request's CPU time went in the API's process, ms per request, one
 * column per profiled run; the parts that took 1% of a run's busy time or more.
 */
function profileTable(runs: readonly ProfiledRequests[]): string[] {
  const parts = shownParts(runs.map((run) => run.breakdown));
  const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  const rows = [
    ...parts.map((part) => [part, ...runs.map((run) => ms(run.breakdown.millisPerRequest[part]))]),
    ["the API's CPU, a request", ...runs.map((run) => ms(apiMillis(run.breakdown)))],
  ];
  return [
    `Where a request's time goes (--profile; ms per request; profiles in ${path.dirname(runs[0]!.file)}):`,
    "",
    `| part | ${runs.map((run) => cell(run.name)).join(" | ")} |`,
    `|${["part", ...runs].map(() => " --- ").join("|")}|`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ];
}
