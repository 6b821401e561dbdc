import type { LocalNeo4jSettings } from "../../src/config/neo4jSettings";
import { SeededRandom } from "../../tools/stories/SeededRandom";
import { apiProcessEnv } from "../support/apiProcessEnv";
import { KillableNeo4j } from "../support/KillableNeo4j";
import { buildServer } from "../support/serverProcess";
import { ApiSupervisor } from "./ApiSupervisor";
import { chaosCredentials } from "./chaosCredentials";
import { ChaosHttp, type RequestStats } from "./ChaosHttp";
import { ChaosWriter } from "./ChaosWriter";
import { checkCrashSafety, logViolations, type LogCheck } from "./checkCrashSafety";
import { CommandLedger } from "./CommandLedger";
import { StreamRace, type RaceRound } from "./StreamRace";
import { WriterStory } from "./WriterStory";
import {
  clock,
  killApi,
  killNeo4j,
  logPosition,
  RECOVERY_TIMEOUT_MILLIS,
  sleep,
  type KillRecord,
  type KillTarget,
} from "./chaosKills";

export interface ChaosOptions {
  /** Kills of Neo4j, and as many of the API. */
  kills: number;
  /** Writer clients. */
  clients: number;
  /** Clients racing on one stream. */
  racers: number;
  seed: number;
  /** The load lasts at least this long (s), however quickly the kills are done. */
  durationSeconds: number;
  /** Load between one recovery and the next kill: between 0.5 s and this (s), drawn by the seed. */
  maxGapSeconds: number;
  /** The API's port (0: any free one, another at each restart). */
  apiPort: number;
  /** The run's own Neo4j (wiped at the start). */
  neo4j: LocalNeo4jSettings;
  /** Progress, a line at a time. */
  report: (line: string) => void;
}

export type { KillRecord, KillTarget } from "./chaosKills";

export interface ChaosResult {
  options: Omit<ChaosOptions, "report" | "neo4j">;
  millis: number;
  commands: {
    sent: number;
    acknowledged: number;
    /** The race's losers, refused with CONFLICT. */
    refused: number;
    replayedAfterLostAnswer: number;
    resent: number;
  };
  requests: RequestStats;
  kills: KillRecord[];
  rounds: RaceRound[];
  /** Operations sent again at the end with their ids; the head before and after them. */
  finalResend: { operations: number; headBefore: number; headAfter: number };
  log: LogCheck;
  violations: string[];
}

/** Before a kill is counted as not recovered from. */
const PROGRESS_MILLIS = 5_000;
const FINAL_RESENDS = 200;
/**
 * Commands acknowledged between one recovery (or the start) and the next kill, however long the
 * gap drawn: on a slow, shared machine a gap of seconds can pass with no write, and a kill then
 * meets no load.
 */
const WRITES_BEFORE_EACH_KILL = 3;

/**
 * Crash safety under load: its own Neo4j and the compiled API as a child process; writer
 * clients sending commands with command ids and racers on one stream; Neo4j and, separately,
 * the API killed with SIGKILL at moments drawn from the seed and started again, while the
 * clients send every unanswered command again with its id. Then every acknowledged command
 * must be in the log once, at its receipt's positions; positions gapless; the projection at the
 * head and equal to a rebuild; one winner per race round. Processes it started are killed
 * whatever happens.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const { report } = options;
  const started = performance.now();
  const since = () => performance.now() - started;
  const random = new SeededRandom(options.seed);
  const neo4j = new KillableNeo4j(options.neo4j, (line) => report(`[neo4j] ${line}`));
  const credentials = chaosCredentials();
  const api = new ApiSupervisor(() => ({
    ...apiProcessEnv(neo4j.address, { port: options.apiPort }),
    ...credentials.env,
  }));
  // Ctrl+C (the CLI exits) or a failing test: nothing keeps running.
  const killAll = () => {
    api.killNow();
    const pid = neo4j.local.runningPid();
    if (pid !== undefined) process.kill(pid, "SIGKILL");
  };
  process.on("exit", killAll);

  let stopping = false;
  let abandoned = false;
  const http = new ChaosHttp(
    () => api.url,
    () => abandoned,
    credentials.headers,
  );
  const ledger = new CommandLedger();
  const race = new StreamRace(options.racers, http, ledger);
  const writers = Array.from(
    { length: options.clients },
    (_, client) =>
      new ChaosWriter(
        new WriterStory(client, options.seed),
        http,
        ledger,
        new SeededRandom(options.seed, 1000 + client),
      ),
  );
  const kills: KillRecord[] = [];
  const violations: string[] = [];
  let doing = "starting";
  const progress = setInterval(() => {
    const done = (target: KillTarget) => kills.filter((k) => k.target === target).length;
    report(
      `[chaos] ${clock(since())} commands sent ${ledger.sent.size}, acknowledged ${ledger.acknowledged.size}; ` +
        `race rounds ${race.rounds.length}; kills: Neo4j ${done("neo4j")}/${options.kills}, API ${done("api")}/${options.kills}; ${doing}`,
    );
  }, PROGRESS_MILLIS);
  let load: Promise<unknown> = Promise.resolve();
  try {
    doing = "building the server (npm run prestart)";
    buildServer();
    doing = "starting Neo4j";
    await neo4j.startEmpty();
    doing = "starting the API";
    await api.start();
    if (!(await race.setup())) throw new Error(`the race could not start: ${race.violations}`);
    let loadFailure: unknown;
    load = Promise.all([
      race.run(() => stopping),
      ...writers.map((writer) => writer.run(() => stopping)),
    ]).catch((error: unknown) => {
      // A client's own mistake (an operation the API cannot parse): the run stops.
      loadFailure = error;
      abandoned = true;
    });

    const plan: KillTarget[] = [
      ...Array<KillTarget>(options.kills).fill("neo4j"),
      ...Array<KillTarget>(options.kills).fill("api"),
    ];
    // Fisher-Yates with the seed's numbers: the order of the kills is the seed's too.
    for (let i = plan.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [plan[i], plan[j]] = [plan[j]!, plan[i]!];
    }
    let loadSince = started;
    for (const [index, target] of plan.entries()) {
      if (loadFailure) throw loadFailure;
      const gap = 500 + random.float() * Math.max(0, options.maxGapSeconds * 1000 - 500);
      doing = `load for ${(gap / 1000).toFixed(1)} s before kill ${index + 1}/${plan.length} (${target})`;
      await sleep(gap);
      doing = `waiting for ${WRITES_BEFORE_EACH_KILL} writes before kill ${index + 1}/${plan.length} (${target})`;
      if (
        (await ledger.ackAfter(loadSince, WRITES_BEFORE_EACH_KILL, RECOVERY_TIMEOUT_MILLIS)) ===
        undefined
      )
        violations.push(
          `fewer than ${WRITES_BEFORE_EACH_KILL} commands were acknowledged in ${RECOVERY_TIMEOUT_MILLIS / 1000} s before kill ${index + 1} (${target})`,
        );
      doing = `kill ${index + 1}/${plan.length}: ${target} killed, starting it again`;
      const { record, backAt } =
        target === "neo4j"
          ? await killNeo4j(neo4j, api, http, random, since)
          : await killApi(api, http, random, since);
      doing = `waiting for a write after kill ${index + 1} (${target})`;
      const firstAck = await ledger.firstAckAfter(backAt, RECOVERY_TIMEOUT_MILLIS);
      record.writesBackMillis = firstAck === undefined ? undefined : firstAck - backAt;
      if (firstAck === undefined)
        violations.push(
          `no command was acknowledged within ${RECOVERY_TIMEOUT_MILLIS / 1000} s of kill ${index + 1} (${target})\n${api.outputTail()}`,
        );
      kills.push(record);
      loadSince = backAt;
      report(
        `[chaos] kill ${index + 1}/${plan.length}: ${target} down ${(record.downMillis / 1000).toFixed(1)} s, ` +
          `first write ${record.writesBackMillis === undefined ? "never" : `${(record.writesBackMillis / 1000).toFixed(1)} s`} after it was back`,
      );
    }
    const left = options.durationSeconds * 1000 - since();
    if (left > 0) {
      doing = `load until the duration has passed (${Math.round(left / 1000)} s)`;
      await sleep(left);
    }
    doing = "stopping the load (each client finishes its command)";
    stopping = true;
    await load;
    if (loadFailure) throw loadFailure;

    doing = "sending acknowledged operations again with their ids";
    const acknowledged = writers.flatMap((writer) => writer.acknowledged());
    const resend = Array.from({ length: Math.min(FINAL_RESENDS, acknowledged.length) }, () =>
      random.pick(acknowledged),
    );
    const headBefore = await logPosition(api.url);
    for (const operation of resend) {
      const sent = await http.sendUntilAnswered(operation);
      if (sent) ledger.answered(operation, sent.answer, sent.attempts, { resend: true });
    }
    const headAfter = await logPosition(api.url);
    if (headAfter !== headBefore)
      violations.push(
        `sending ${resend.length} acknowledged operations again moved the head from ${headBefore} to ${headAfter}`,
      );

    doing = "checking the log and rebuilding the projection";
    await api.stop();
    const log = await checkCrashSafety(neo4j.address, ledger);
    violations.push(...ledger.violations, ...race.violations, ...logViolations(log, race.rounds));
    if (race.rounds.length === 0) violations.push("no race round was run");
    // Neo4j away is SERVICE_UNAVAILABLE; an unknown error would be a failure nobody can act on,
    // and a valid key or JWT refused (a key judged before its file was read) loses writes.
    for (const [failure, n] of http.stats.failures)
      if (failure.endsWith("INTERNAL_SERVER_ERROR") || failure.endsWith("UNAUTHENTICATED"))
        violations.push(`${n} requests answered ${failure}`);
    for (const target of ["neo4j", "api"] as const) {
      const survived = kills.filter((k) => k.target === target && k.writesBackMillis !== undefined);
      if (survived.length !== options.kills)
        violations.push(`${survived.length} of ${options.kills} kills of ${target} survived`);
    }
    for (const kill of kills) {
      if (kill.readiness && kill.readiness.notReadyAfterMillis === undefined)
        violations.push(`/readyz never said 503 after the kill of Neo4j at ${kill.atMillis} ms`);
      if (kill.readiness && kill.readiness.revealing > 0)
        violations.push(
          `/readyz revealed internals after the kill of Neo4j at ${kill.atMillis} ms`,
        );
    }
    const { report: _report, neo4j: _neo4j, ...shown } = options;
    return {
      options: shown,
      millis: since(),
      commands: {
        sent: ledger.sent.size,
        acknowledged: ledger.acknowledged.size,
        refused: ledger.refused.size,
        replayedAfterLostAnswer: ledger.replayedAfterLostAnswer,
        resent: ledger.resent,
      },
      requests: http.stats,
      kills,
      rounds: race.rounds,
      finalResend: { operations: resend.length, headBefore, headAfter },
      log,
      violations,
    };
  } finally {
    clearInterval(progress);
    abandoned = true;
    stopping = true;
    await load;
    api.killNow();
    await neo4j.stop().catch(() => undefined);
    process.off("exit", killAll);
  }
}
