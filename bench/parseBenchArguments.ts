import { parseOptions, UsageError, valueOptions } from "../tools/support/commandLine";
import {
  BENCH_PHASES,
  DEFAULT_BENCH_OPTIONS,
  type BenchOptions,
  type BenchPhase,
} from "./benchOptions";

export class BenchUsageError extends UsageError {
  override readonly name = "BenchUsageError";
}

export const BENCH_USAGE = `usage: npm run bench -- --scale <events> [options]

  --scale N               events of the synthetic corpus: 10k (quick), 1M (full); 10000, 10k, 1M
  --seed N                corpus seed (default ${DEFAULT_BENCH_OPTIONS.seed})
  --facts-per-article N   facts per article, one ingestArticle call each (default ${DEFAULT_BENCH_OPTIONS.factsPerArticle})
  --skip a,b              phases not to run: ${BENCH_PHASES.filter((p) => p !== "ingestion").join(", ")}
  --out FILE              where the JSON goes (default bench/results/<date>-<scale>.json)
  --samples N             timed samples per read query, each side (default ${DEFAULT_BENCH_OPTIONS.samples})
  --clients a,b,c         concurrent clients of the single-command levels (default ${DEFAULT_BENCH_OPTIONS.clients.join(",")})
  --commands N            single commands sent per level (default ${DEFAULT_BENCH_OPTIONS.commandsPerLevel})
  --raw-batch N           rows per UNWIND batch of the raw load of the graph (default ${DEFAULT_BENCH_OPTIONS.rawBatchSize})
  --raw-log-batch N       events per transaction of the raw load of log and graph (default: as
                          many as ingestion committed a transaction, one article's)
  --warm-up-events N      events of the warm-up corpus (default ${DEFAULT_BENCH_OPTIONS.warmUpEvents})
  --profile               after the timed reads and commands, profile the API's CPU under each
                          read and the largest command level: prints where a request's time
                          goes; profiles in bench/results/profiles/<date>-<scale>/

Environment: BENCH_NEO4J_BOLT_PORT (37687), BENCH_NEO4J_HTTP_PORT (37474),
BENCH_NEO4J_HEAP_SIZE (2g), BENCH_NEO4J_PAGECACHE_SIZE (2g).
Exit codes: 0 every check passed, 1 a check or a phase failed, 2 wrong usage.`;

function count(name: string, raw: string, min: number): number {
  const match = /^(\d[\d_,]*)([kKmM]?)$/.exec(raw.trim());
  const value = match
    ? Number(match[1]!.replace(/[_,]/g, "")) *
      ({ k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2] as "k"] ?? 1)
    : NaN;
  if (!Number.isSafeInteger(value) || value < min) {
    throw new BenchUsageError(`--${name} must be a whole number of at least ${min}, got "${raw}"`);
  }
  return value;
}

function list(raw: string): string[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The command line as options, or a BenchUsageError saying what is wrong. */
export function parseBenchArguments(argv: readonly string[]): {
  options: BenchOptions;
  out: string | undefined;
  /** --profile: CPU profiles of the API under each read and the largest command level. */
  profile: boolean;
  help: boolean;
} {
  const values = parseOptions(
    argv,
    {
      ...valueOptions(
        "scale",
        "seed",
        "facts-per-article",
        "skip",
        "out",
        "samples",
        "clients",
        "commands",
        "raw-batch",
        "raw-log-batch",
        "warm-up-events",
      ),
      profile: { type: "boolean" },
    },
    (message) => new BenchUsageError(message),
  );
  const d = DEFAULT_BENCH_OPTIONS;
  if (values.help)
    return { options: { ...d, scale: 0 }, out: undefined, profile: false, help: true };
  if (values.scale === undefined) throw new BenchUsageError("--scale is required (10k or 1M)");
  const skip = list(values.skip ?? "");
  for (const phase of skip) {
    if (!(BENCH_PHASES as readonly string[]).includes(phase) || phase === "ingestion") {
      throw new BenchUsageError(
        `--skip: no phase "${phase}" to skip; phases: ${BENCH_PHASES.filter((p) => p !== "ingestion").join(", ")}`,
      );
    }
  }
  const clients = values.clients
    ? list(values.clients).map((c) => count("clients", c, 1))
    : d.clients;
  if (clients.length === 0) throw new BenchUsageError("--clients needs at least one level");
  return {
    options: {
      ...d,
      scale: count("scale", values.scale, 100),
      seed: values.seed === undefined ? d.seed : count("seed", values.seed, 0),
      factsPerArticle:
        values["facts-per-article"] === undefined
          ? d.factsPerArticle
          : count("facts-per-article", values["facts-per-article"], 1),
      skip: skip as BenchPhase[],
      samples: values.samples === undefined ? d.samples : count("samples", values.samples, 1),
      clients,
      commandsPerLevel:
        values.commands === undefined ? d.commandsPerLevel : count("commands", values.commands, 1),
      rawBatchSize:
        values["raw-batch"] === undefined
          ? d.rawBatchSize
          : count("raw-batch", values["raw-batch"], 1),
      ...(values["raw-log-batch"] === undefined
        ? {}
        : { rawLogBatchSize: count("raw-log-batch", values["raw-log-batch"], 1) }),
      warmUpEvents:
        values["warm-up-events"] === undefined
          ? d.warmUpEvents
          : count("warm-up-events", values["warm-up-events"], 100),
    },
    out: values.out,
    profile: values.profile === true,
    help: false,
  };
}
