import type { Driver } from "neo4j-driver";
import type { SyntheticCorpus } from "../tools/stories/syntheticCorpus";
import type { BenchApiProcess } from "./BenchApiProcess";
import {
  formatBreakdown,
  profileRequests,
  type CpuProfiler,
  type ProfiledRequests,
} from "./cpuProfile";
import { GraphQLHttpClient } from "./GraphQLHttpClient";
import { sendCommands } from "./measureCommands";
import type { ReadQuery } from "./readAnswers";

/* --profile: the API under the bench's reads and commands again, after they were timed. */

/**
 * Each read of the bench sent `samples` times by one client, one after another, under the
 * profiler (after the timed samples, so that the profiler's cost is in none of them).
 */
export async function profileReadRequests(
  api: BenchApiProcess,
  queries: readonly Pick<ReadQuery, "key" | "graphql">[],
  samples: number,
  dir: string,
  write: (line: string) => void,
): Promise<ProfiledRequests[]> {
  const client = new GraphQLHttpClient(api.url, 1);
  const runs: ProfiledRequests[] = [];
  try {
    for (const { key, graphql } of queries) {
      const run = await profileRequests(profiler(api), dir, `read-${key}`, async () => {
        for (let i = 0; i < samples; i++) await client.post(graphql.query, graphql.variables);
        return samples;
      });
      formatBreakdown(run).forEach((line) => write(line));
      runs.push(run);
    }
  } finally {
    await client.close();
  }
  return runs;
}

/**
 * One more level of single commands at `clients` concurrent clients, on client numbers of its
 * own (from `firstClient`), under the profiler.
 */
export async function profileCommandRequests(
  driver: Driver,
  database: string,
  api: BenchApiProcess,
  corpus: SyntheticCorpus,
  options: { clients: number; commands: number; firstClient: number; dir: string },
  write: (line: string) => void,
): Promise<ProfiledRequests> {
  const perClient = Math.max(1, Math.ceil(options.commands / options.clients));
  const run = await profileRequests(
    profiler(api),
    options.dir,
    `commands-${options.clients}-clients`,
    async () => {
      // The commands alone, without measureCommands's driver baseline.
      const { commands } = await sendCommands(
        driver,
        database,
        api.url,
        corpus,
        { clients: options.clients, perClient, firstClient: options.firstClient },
        write,
      );
      return commands.count;
    },
  );
  formatBreakdown(run).forEach((line) => write(line));
  return run;
}

/** The API's process's profiler, as profileRequests takes it. */
function profiler(api: BenchApiProcess): CpuProfiler {
  return (work) => api.profile(work);
}
