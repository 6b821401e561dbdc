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
): Promise<{ record: KillRecord; backAt: number }> {
  const atMillis = since();
  http.stats.phase = "neo4j down";
  await neo4j.kill();
  const readiness = new ReadinessWatch(() => api.url);
  try {
    // Down a moment longer, so that requests also meet an API whose Neo4j is simply gone.
    await sleep(random.int(0, 1000));
    await neo4j.restart();
  } catch (error) {
    readiness.stop();
    throw error;
  } finally {
    http.stats.phase = "steady";
  }
  const backAt = performance.now();
  readiness.neo4jBack();
  const record: KillRecord = {
    target: "neo4j",
    atMillis,
    downMillis: since() - atMillis,
    writesBackMillis: undefined,
    readiness: await readiness.result(RECOVERY_TIMEOUT_MILLIS),
  };
  return { record, backAt };
}

export async function killApi(
  api: ApiSupervisor,
  http: ChaosHttp,
  random: SeededRandom,
  since: () => number,
): Promise<{ record: KillRecord; backAt: number }> {
  const atMillis = since();
  http.stats.phase = "API down";
  try {
    await api.kill();
    await sleep(random.int(0, 500));
    await api.start();
  } finally {
    http.stats.phase = "steady";
  }
  const backAt = performance.now();
  const record: KillRecord = {
    target: "api",
    atMillis,
    downMillis: since() - atMillis,
    writesBackMillis: undefined,
  };
  return { record, backAt };
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
