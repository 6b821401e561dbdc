import type { MachineInfo } from "./machineInfo";
import type { CommandLevelMeasurement } from "./measureCommands";
import type { IngestionMeasurement } from "./measureIngestion";
import type { RawLoadMeasurement } from "./measureRawLoad";
import type { ReadMeasurement } from "./measureReads";
import type { RebuildMeasurement } from "./measureRebuild";
import type { StartupMeasurement } from "./measureStartup";
import type { HeapUsage } from "./neo4jHeapUsage";
import type { ProfiledRequests } from "./cpuProfile";
import type { ReadPlan } from "./profileReads";

/* What a bench run is asked (its options and phases) and what it answers (BenchResult). */

export const BENCH_PHASES = [
  "startup-empty",
  "warm-up",
  "ingestion",
  "raw-load",
  "rebuild",
  "reads",
  "commands",
  "startup-full",
] as const;
export type BenchPhase = (typeof BENCH_PHASES)[number];

export interface BenchOptions {
  /** Events of the corpus: 10,000 quick, 1,000,000 full. */
  scale: number;
  seed: number;
  factsPerArticle: number;
  /** Phases not to run (ingestion cannot be skipped: everything after it reads its graph). */
  skip: readonly BenchPhase[];
  /** Timed samples per read query, each side; and untimed ones before them. */
  samples: number;
  warmUpSamples: number;
  /** Concurrent clients of each single-command level, and commands sent per level. */
  clients: readonly number[];
  commandsPerLevel: number;
  /** Rows per UNWIND batch (one write transaction) of the raw load of the graph alone. */
  rawBatchSize: number;
  /**
   * Events per write transaction of the raw load of log and graph; undefined: as many as
   * ingestion committed a transaction (one article's), so that both make the same commits.
   */
  rawLogBatchSize?: number;
  /** Events of the small corpus that warms every measured path up. */
  warmUpEvents: number;
  startupTimeoutMillis: number;
  /**
   * Where to write CPU profiles of the API under each read and under the largest command level,
   * each followed by its breakdown per request; undefined: no profiling (the default).
   */
  profileDir?: string;
  /** Progress lines (stderr by default). */
  write?: (line: string) => void;
}

export const DEFAULT_BENCH_OPTIONS: Omit<BenchOptions, "scale"> = {
  seed: 1,
  factsPerArticle: 500,
  skip: [],
  samples: 100,
  warmUpSamples: 10,
  clients: [1, 8, 32],
  commandsPerLevel: 2_000,
  rawBatchSize: 10_000,
  warmUpEvents: 1_500,
  startupTimeoutMillis: 15 * 60_000,
};

export interface BenchCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface BenchResult {
  scale: number;
  options: Omit<BenchOptions, "write">;
  machine: MachineInfo | null;
  startedAt: string;
  finishedAt: string;
  phases: { name: BenchPhase; status: "done" | "skipped" | "failed"; millis: number }[];
  startupEmpty?: StartupMeasurement & { seededEvents: number };
  ingestion?: IngestionMeasurement;
  /** Log events after ingestion: the corpus's. */
  logEvents?: number;
  rawLoad?: RawLoadMeasurement;
  rebuild?: RebuildMeasurement;
  reads?: ReadMeasurement[];
  /** Every read's plans under PROFILE (custom and generated): where each starts, how much it reads. */
  plans?: ReadPlan[];
  commands?: CommandLevelMeasurement[];
  /** With --profile: where a request's CPU time goes, per read and at the largest command level. */
  profiles?: ProfiledRequests[];
  startupFull?: StartupMeasurement & { logEvents: number };
  neo4j?: { heap: HeapUsage | null; storeBytes: number | null; transactionLogBytes: number | null };
  checks: BenchCheck[];
  /** Set when a phase threw: the run stopped there. */
  error?: string;
  ok: boolean;
}
