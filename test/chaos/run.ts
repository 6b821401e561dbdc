/**
 * npm run chaos [-- options]: crash safety under load, on a Neo4j of its own and the compiled
 * API, both killed with SIGKILL at random moments (see runChaos.ts and docs/architecture.md,
 * "Crash safety").
 * Progress on stderr; the table on stdout; exit code 1 on any violation.
 */
import { formatChaosTable } from "./formatChaosTable";
import { runCommandLine } from "../../tools/support/commandLine";
import { CHAOS_USAGE, parseChaosArguments } from "./parseChaosArguments";
import { runChaos } from "./runChaos";

runCommandLine({
  usage: CHAOS_USAGE,
  name: "chaos run",
  parse: (argv) => parseChaosArguments(argv),
  async main(parsed) {
    const result = await runChaos({ ...parsed.options, report: (line) => console.error(line) });
    console.log(`\n${formatChaosTable(result)}`);
    return result.violations.length === 0 ? 0 : 1;
  },
});
