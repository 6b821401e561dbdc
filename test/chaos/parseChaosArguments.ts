import path from "node:path";
import { localNeo4jSettings, type LocalNeo4jSettings } from "../../src/config/neo4jSettings";
import { projectRoot } from "../../src/config/projectRoot";
import { parseOptions, UsageError, valueOptions } from "../../tools/support/commandLine";
import type { ChaosOptions } from "./runChaos";

export class ChaosUsageError extends UsageError {
  override readonly name = "ChaosUsageError";
}

export const CHAOS_DEFAULTS = {
  kills: 20,
  clients: 12,
  racers: 4,
  seed: 1,
  durationSeconds: 0,
  maxGapSeconds: 5,
};

export const CHAOS_USAGE = `usage: npm run chaos -- [options]

  --kills N         kills of Neo4j, and as many of the API (default ${CHAOS_DEFAULTS.kills})
  --clients N       writer clients (default ${CHAOS_DEFAULTS.clients})
  --racers N        clients racing on one stream each round (default ${CHAOS_DEFAULTS.racers})
  --seed N          seed of the commands and of the kills' order and moments (default ${CHAOS_DEFAULTS.seed})
  --duration S      least seconds of load (default ${CHAOS_DEFAULTS.durationSeconds}: as long as the kills take)
  --max-gap S       most seconds of load between a recovery and the next kill (default ${CHAOS_DEFAULTS.maxGapSeconds})

Environment: CHAOS_NEO4J_BOLT_PORT (47687), CHAOS_NEO4J_HTTP_PORT (47474), CHAOS_NEO4J_DIR
(.neo4j/chaos, wiped at the start), CHAOS_API_PORT (0: any free port), CHAOS_WRITER_TOKEN
(sent as a bearer token with every write).
Exit codes: 0 every check passed, 1 a check failed or the run stopped, 2 wrong usage.`;

/** The run's own Neo4j, from the environment: never the user's instance, nor the tests'. */
export function chaosNeo4jSettings(env: NodeJS.ProcessEnv = process.env): LocalNeo4jSettings {
  const sized = localNeo4jSettings({
    NEO4J_BOLT_PORT: env.CHAOS_NEO4J_BOLT_PORT || "47687",
    NEO4J_HTTP_PORT: env.CHAOS_NEO4J_HTTP_PORT || "47474",
  });
  return {
    ...sized,
    instanceDir: path.resolve(projectRoot(), env.CHAOS_NEO4J_DIR || path.join(".neo4j", "chaos")),
    heapSize: "1g",
    pageCacheSize: "256m",
    user: "neo4j",
    password: "chaos-password-not-secret",
  };
}

function whole(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min)
    throw new ChaosUsageError(
      `${/^[A-Z_]+$/.test(name) ? name : `--${name}`} must be a whole number of at least ${min}, got "${raw}"`,
    );
  return value;
}

/** The command line as options (without report), or a ChaosUsageError saying what is wrong. */
export function parseChaosArguments(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): { options: Omit<ChaosOptions, "report">; help: boolean } {
  const values = parseOptions(
    argv,
    valueOptions("kills", "clients", "racers", "seed", "duration", "max-gap"),
    (message) => new ChaosUsageError(message),
  );
  const d = CHAOS_DEFAULTS;
  return {
    options: {
      kills: whole("kills", values.kills, d.kills, 0),
      clients: whole("clients", values.clients, d.clients, 1),
      racers: whole("racers", values.racers, d.racers, 2),
      seed: whole("seed", values.seed, d.seed, 0),
      durationSeconds: whole("duration", values.duration, d.durationSeconds, 0),
      maxGapSeconds: whole("max-gap", values["max-gap"], d.maxGapSeconds, 1),
      apiPort: whole("CHAOS_API_PORT", env.CHAOS_API_PORT || undefined, 0, 0),
      neo4j: chaosNeo4jSettings(env),
    },
    help: values.help === true,
  };
}
