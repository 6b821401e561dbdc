/**
 * npm run bench -- --scale <events>: the whole benchmark on a Neo4j of its own, against
 * baselines measured in the same run. Progress on stderr; the table on stdout; the JSON under
 * bench/results/. See bench/README.md for what each figure means.
 */
import { formatBenchTable } from "./formatBenchTable";
import { BENCH_USAGE, BenchUsageError, parseBenchArguments } from "./parseBenchArguments";
import { runBenchmark } from "./runBenchmark";
import { writeBenchResult } from "./writeBenchResult";

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseBenchArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    console.error(`${error.message}\n\n${BENCH_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    console.log(BENCH_USAGE);
    return 0;
  }
  const result = await runBenchmark(parsed.options);
  const file = writeBenchResult(result, parsed.out);
  console.log(`\n${formatBenchTable(result)}\n\nJSON: ${file}`);
  if (result.error) console.error(`\nThe benchmark failed:\n${result.error}`);
  return result.ok ? 0 : 1;
}

// Exiting runs the exit hooks that stop the bench's Neo4j and any server it started.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: benchmark interrupted`);
    process.exit(130);
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
