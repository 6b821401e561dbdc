import type { SeededRandom } from "../../tools/stories/SeededRandom";
import type { KillableNeo4j } from "../support/KillableNeo4j";
import type { ApiSupervisor } from "./ApiSupervisor";
import type { ChaosHttp } from "./ChaosHttp";
import { ReadinessWatch, type ReadinessFigures } from "./ReadinessWatch";

/* The chaos run's kills (each back up, with what its recovery took) and its small readings. */

/** A kill of the run: what was killed, when, and how it came back. */
export type KillTarget = "neo4j" | "api";

export interface KillRecord {
  target: KillTarget;
  /** From the start of the run (ms). */
  atMillis: number;
  /** From the kill to the process serving again (Neo4j answering Bolt, the API listening). */
  downMillis: number;
  /** From the process serving again to the first command acknowledged after it. */
  writesBackMillis: number | undefined;
  /** During a Neo4j outage: what /readyz said. */
  readiness?: ReadinessFigures;
}

/** How long a recovery may take before the run says it did not recover. */
export const RECOVERY_TIMEOUT_MILLIS = 180_000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A kill and the start after it: the record of the kill, and when the process served again. */
export interface Kill {
  record: KillRecord;
  backAt: number;
}

/**
 * Runs `killAndStart` with the readers' and writers' failures counted under `target`'s outage,
 * back to "steady" whatever happens: the kill's record, as far as the outage tells it.
 */
async function outage(
  target: KillTarget,
  http: ChaosHttp,
  since: () => number,
  killAndStart: () => Promise<void>,
): Promise<Kill> {
  const atMillis = since();
  http.stats.phase = target === "neo4j" ? "neo4j down" : "API down";
  try {
    await killAndStart();
  } finally {
    http.stats.phase = "steady";
  }
  const backAt = performance.now();
  const record = { target, atMillis, downMillis: since() - atMillis, writesBackMillis: undefined };
  return { record, backAt };
}

/**
 * Kills Neo4j mid-run, restarts it after up to a second, and waits for the API's readiness to
 * say so: what the kill cost the readers and writers meanwhile.
 */
export async function killNeo4j(
  neo4j: KillableNeo4j,
  api: ApiSupervisor,
  http: ChaosHttp,
  random: SeededRandom,
  since: () => number,
): Promise<Kill> {
  let readiness: ReadinessWatch | undefined;
  const kill = await outage("neo4j", http, since, async () => {
    await neo4j.kill();
    readiness = new ReadinessWatch(() => api.url);
    try {
      // Down a moment longer, so that requests also meet an API whose Neo4j is simply gone.
      await sleep(random.int(0, 1000));
      await neo4j.restart();
    } catch (error) {
      readiness.stop();
      throw error;
    }
  });
  readiness!.neo4jBack();
  kill.record.readiness = await readiness!.result(RECOVERY_TIMEOUT_MILLIS);
  return kill;
}

/** Kills the API mid-run and starts it again after up to half a second. */
export function killApi(
  api: ApiSupervisor,
  http: ChaosHttp,
  random: SeededRandom,
  since: () => number,
): Promise<Kill> {
  return outage("api", http, since, async () => {
    await api.kill();
    await sleep(random.int(0, 500));
    await api.start();
  });
}

/** The log's head as the API reads it. */
export async function logPosition(url: string): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ logPosition }" }),
  });
  const body = (await response.json()) as { data?: { logPosition: number } };
  if (body.data === undefined) throw new Error(`logPosition: HTTP ${response.status}`);
  return body.data.logPosition;
}

export function clock(millis: number): string {
  const seconds = Math.round(millis / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
