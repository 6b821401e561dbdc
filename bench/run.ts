/**
 * npm run bench -- --scale <events>: the whole benchmark on a Neo4j of its own, against
 * baselines measured in the same run. Progress on stderr; the table on stdout; the JSON under
 * bench/results/. See bench/README.md for what each figure means.
 */
import path from "node:path";
import { projectRoot } from "../src/config/projectRoot";
import { formatBenchTable } from "./formatBenchTable";
import { formatDrafting, measureDrafting } from "./measureDrafting";
import { runCommandLine } from "../tools/support/commandLine";
import { BENCH_USAGE, parseBenchArguments } from "./parseBenchArguments";
import { runBenchmark } from "./runBenchmark";
import { scaleLabel, writeBenchResult } from "./writeBenchResult";

// The code under test runs as `npm start` runs it: without source maps. tsx turns them on, and
// then every stack is mapped back to TypeScript; neo4j-driver reads one for every query it
// sends (to give its errors the caller's stack), about 0.2 ms of each command's CPU at 32
// clients that a served API never pays. Ingestion runs in this process; the API under the
// reads and commands in its own (bench/apiProcess.ts), which turns them off likewise.
process.setSourceMapsEnabled(false);

runCommandLine({
  usage: BENCH_USAGE,
  name: "benchmark",
  parse: parseBenchArguments,
  async main(parsed) {
    // Drafting needs no database: measured first, while the machine is quiet.
    const drafting = measureDrafting();
    const profileDir = parsed.profile
      ? path.join(
          projectRoot(),
          "bench",
          "results",
          "profiles",
          `${new Date().toISOString().slice(0, 10)}-${scaleLabel(parsed.options.scale)}`,
        )
      : undefined;
    const result = await runBenchmark({ ...parsed.options, ...(profileDir ? { profileDir } : {}) });
    const file = writeBenchResult(result, parsed.out);
    console.log(`\n${formatBenchTable(result)}\n\n${formatDrafting(drafting)}\n\nJSON: ${file}`);
    if (result.error) console.error(`\nThe benchmark failed:\n${result.error}`);
    return result.ok ? 0 : 1;
  },
});
