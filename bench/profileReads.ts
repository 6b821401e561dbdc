import { graphql, type GraphQLSchema } from "graphql";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { GraphExplorer } from "../src/explore/GraphExplorer";
import { queryPlan, isScan, recordingDriver, type SentStatement } from "../src/explore/queryPlans";
import { ANONYMOUS } from "../src/auth/Principal";
import { createContext, type ApiServices } from "../src/graphql/context";
import type { CorpusProbes } from "../tools/stories/syntheticCorpus";
import type { BenchTarget } from "./BenchTarget";
import type { ReadQuery } from "./readQueries";
import { startBenchApi } from "./startBenchApi";

export interface ReadPlan {
  key: string;
  /** `custom`: our resolvers' Cypher (the explorer); `generated`: @neo4j/graphql's. */
  source: "custom" | "generated";
  /** Leaf operators of each statement the read sent (where its plan starts). */
  leaves: string[];
  /** Database hits under PROFILE, summed over the read's statements. */
  dbHits: number;
  /** True when no statement of the read scans a label, a type or the store. */
  startsFromIndexSeek: boolean;
  /** The Cypher the read sent, as sent: what to read when a plan looks wrong. */
  cypher: string[];
}

/** The bench's reads answered by @neo4j/graphql's generated Cypher rather than by our resolvers. */
const GENERATED_READS = ["module", "crew-by-agency", "people-by-name"];

/**
 * Every read of the bench as the API runs it, its Cypher recorded as it is sent, each statement
 * then run again under PROFILE: where its plan starts, and how much it reads. The custom reads
 * go through the explorer; the generated ones through the served schema's resolvers, with a
 * transaction that records what @neo4j/graphql runs in it. At 1M events, a read that touched
 * more than its answer would show here first.
 */
export async function profileReads(
  driver: Driver,
  database: string,
  server: { schema: GraphQLSchema; services: ApiServices },
  probes: CorpusProbes,
  queries: readonly ReadQuery[],
): Promise<ReadPlan[]> {
  const plans: ReadPlan[] = [];
  const sent: SentStatement[] = [];
  const profile = async (key: string, source: ReadPlan["source"], read: () => Promise<unknown>) => {
    sent.length = 0;
    await read();
    const profiled = [];
    for (const { cypher, params } of sent)
      profiled.push(await queryPlan(driver, database, cypher, params, "PROFILE"));
    const leaves = profiled.flatMap((p) => p.leaves);
    plans.push({
      key,
      source,
      leaves: [...new Set(leaves)],
      dbHits: profiled.reduce((sum, p) => sum + p.dbHits, 0),
      startsFromIndexSeek: !leaves.some(isScan),
      cypher: sent.map((s) => s.cypher),
    });
  };

  const explorer = new GraphExplorer(
    recordingDriver(driver, sent),
    database,
    server.services.store,
  );
  const asOf = { asOfPosition: probes.midPosition };
  const custom: [string, () => Promise<unknown>][] = [
    ["neighbourhood", () => explorer.neighbourhood(probes.moduleId, 1, 500, {})],
    ["neighbourhood-as-of", () => explorer.neighbourhood(probes.moduleId, 1, 500, asOf)],
    ["timeline", () => explorer.timelinePage({ about: probes.moduleId }, {}, { first: 50 })],
    ["path", () => explorer.path(probes.personId, probes.moduleId, 10, {})],
    [
      "relations-as-of",
      () => explorer.relationsPage({ type: "CREW_OF", to: probes.stationId }, asOf, { first: 50 }),
    ],
    [
      "search",
      () => explorer.searchPage({ phrase: probes.searchPhrase, syntax: "TEXT", fuzzy: false }, {}),
    ],
  ];
  for (const [key, read] of custom) await profile(key, "custom", read);

  for (const query of queries.filter((q) => GENERATED_READS.includes(q.key))) {
    await profile(query.key, "generated", async () => {
      const session = driver.session({ database, defaultAccessMode: "READ" });
      try {
        await session.executeRead(async (tx: ManagedTransaction) => {
          // @neo4j/graphql runs its statements in the context's executionContext when it is a
          // transaction (it has neither session() nor beginTransaction()).
          const executionContext = {
            run: (cypher: string, params: Record<string, unknown>) => {
              sent.push({ cypher, params });
              return tx.run(cypher, params);
            },
          };
          const result = await graphql({
            schema: server.schema,
            source: query.graphql.query,
            variableValues: query.graphql.variables,
            contextValue: { ...createContext(server.services, ANONYMOUS), executionContext },
          });
          if (result.errors?.length) throw new Error(`${query.key}: ${result.errors[0]?.message}`);
        });
      } finally {
        await session.close();
      }
    });
  }
  return plans;
}

/**
 * profileReads on an API of its own in this process (it needs the schema and the services, to
 * record the Cypher each read sends), started for it and stopped after. Nothing of it is timed.
 */
export async function planReads(
  driver: Driver,
  target: BenchTarget,
  probes: CorpusProbes,
  queries: readonly ReadQuery[],
): Promise<ReadPlan[]> {
  const server = await startBenchApi(target);
  try {
    return await profileReads(driver, target.database, server, probes, queries);
  } finally {
    await server.stop();
  }
}
