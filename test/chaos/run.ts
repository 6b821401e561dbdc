/**
 * npm run chaos [-- options]: crash safety under load, on a Neo4j of its own and the compiled
 * API, both killed with SIGKILL at random moments (see runChaos.ts and docs/architecture.md,
 * "Crash safety").
 * Progress on stderr; the table on stdout; exit code 1 on any violation.
 */
import { formatChaosTable } from "./formatChaosTable";
import { CHAOS_USAGE, ChaosUsageError, parseChaosArguments } from "./parseChaosArguments";
import { runChaos } from "./runChaos";

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseChaosArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ChaosUsageError)) throw error;
    console.error(`${error.message}\n\n${CHAOS_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    console.log(CHAOS_USAGE);
    return 0;
  }
  const result = await runChaos({
    ...parsed.options,
    report: (line) => console.error(line),
  });
  console.log(`\n${formatChaosTable(result)}`);
  return result.violations.length === 0 ? 0 : 1;
}

// Exiting runs the hook that kills the Neo4j and the API the run started.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: chaos run interrupted`);
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
