import { latencySummary } from "../../tools/support/latencySummary";
import type { ChaosResult, KillTarget } from "./runChaos";

const count = (n: number) => n.toLocaleString("en-US");
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** "p50 / max" (or "p50 / p99 / max") of some durations, or "-" when there are none. */
function spread(
  millis: readonly number[],
  format: (ms: number) => string = seconds,
  p99 = false,
): string {
  if (millis.length === 0) return "-";
  const summary = latencySummary(millis);
  return [summary.p50, ...(p99 ? [summary.p99] : []), summary.max].map(format).join(" / ");
}

/** The run as a Markdown table: what was done to the service, and what it kept. */
export function formatChaosTable(result: ChaosResult): string {
  const { options: o, log } = result;
  const kills = (target: KillTarget) => result.kills.filter((k) => k.target === target);
  const survived = (target: KillTarget) =>
    kills(target).filter((k) => k.writesBackMillis !== undefined).length;
  const defined = (values: (number | undefined)[]) =>
    values.filter((v): v is number => v !== undefined);
  const recovery = (target: KillTarget) => {
    const ks = kills(target);
    return (
      `${spread(defined(ks.map((k) => (k.writesBackMillis === undefined ? undefined : k.downMillis + k.writesBackMillis))))} ` +
      `(down ${spread(ks.map((k) => k.downMillis))}, then first write ${spread(defined(ks.map((k) => k.writesBackMillis)))})`
    );
  };
  const readiness = kills("neo4j").flatMap((k) => (k.readiness ? [k.readiness] : []));
  const failures = [...result.requests.failures.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([what, n]) => `${what} ${count(n)}`)
    .join("; ");
  const oneWinner = result.rounds.filter((r) => r.winners.length === 1).length;
  const rows: [string, string][] = [
    [
      "commands sent / acknowledged / refused (race losers)",
      `${count(result.commands.sent)} / ${count(result.commands.acknowledged)} / ${count(result.commands.refused)}`,
    ],
    ["answers lost, the retry replayed (same id)", count(result.commands.replayedAfterLostAnswer)],
    [
      "acknowledged operations sent again: replayed, same receipt",
      `${count(result.commands.resent)} (${count(result.finalResend.operations)} at the end: head ${count(result.finalResend.headBefore)} before, ${count(result.finalResend.headAfter)} after)`,
    ],
    ["kills of Neo4j survived", `${survived("neo4j")} / ${o.kills}`],
    ["kills of the API survived", `${survived("api")} / ${o.kills}`],
    ["events in the log (head)", count(log.head)],
    ["events lost (acknowledged, not in the log)", count(log.lost.length)],
    ["duplicates (appended again by a retry)", count(log.duplicates.length)],
    ["gaps in positions 1..head", count(log.gaps)],
    [
      "events without their projection",
      `${count(log.head - log.projection.position)} (projection at ${count(log.projection.position)})`,
    ],
    [
      "fingerprint of a rebuild = live fingerprint",
      log.fingerprint.equal
        ? `yes (${log.fingerprint.live.nodes} nodes, ${log.fingerprint.live.relationships} relationships)`
        : "**NO**",
    ],
    [
      "race rounds with exactly one winner",
      `${count(oneWinner)} / ${count(result.rounds.length)} (${o.racers} racers)`,
    ],
    ["Neo4j kill to writes again: p50 / max", recovery("neo4j")],
    ["API kill to writes again: p50 / max", recovery("api")],
    [
      "Neo4j down: SERVICE_UNAVAILABLE answered in p50 / p99 / max",
      `${spread(result.requests.unavailableMillis, (ms) => `${Math.round(ms)} ms`, true)} (${count(result.requests.unavailableMillis.length)} answers to requests sent meanwhile)`,
    ],
    [
      "Neo4j down: /readyz 503 after the kill, p50 / max",
      spread(defined(readiness.map((r) => r.notReadyAfterMillis)), (ms) => `${Math.round(ms)} ms`),
    ],
    [
      "Neo4j down: slowest /readyz answer; answers showing internals",
      `${Math.round(Math.max(0, ...readiness.map((r) => r.slowestAnswerMillis)))} ms; ${readiness.reduce((n, r) => n + r.revealing, 0)}`,
    ],
    [
      "Neo4j back: /readyz 200 after, p50 / max",
      spread(defined(readiness.map((r) => r.readyAgainMillis)), (ms) => `${Math.round(ms)} ms`),
    ],
    [
      "requests; failed (retried), by the phase they were sent in and reason",
      `${count(result.requests.requests)}; ${failures || "none"}`,
    ],
  ];
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i]!.length), 5));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [
    `Crash safety: seed ${o.seed}, ${o.clients} writers and ${o.racers} racers, ${o.kills} kills of Neo4j and ${o.kills} of the API, ${seconds(result.millis)}`,
    "",
    line(["check", "value"]),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.map(line),
    "",
    result.violations.length === 0
      ? "Violations: none"
      : `Violations (${result.violations.length}):\n${result.violations.map((v) => `- ${v}`).join("\n")}`,
  ].join("\n");
}
