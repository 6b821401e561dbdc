import type { Driver } from "neo4j-driver";
import type { Neo4jEventStore } from "../src/eventstore/Neo4jEventStore";
import { GraphExplorer } from "../src/explore/GraphExplorer";
import { queryPlan, SCANS } from "../src/explore/queryPlans";
import type { CorpusProbes } from "./corpus/syntheticCorpus";

export interface ReadPlan {
  key: string;
  /** Leaf operators of each statement the read sent (where its plan starts). */
  leaves: string[];
  /** Database hits under PROFILE, summed over the read's statements. */
  dbHits: number;
  /** True when no statement of the read scans a label, a type or the store. */
  startsFromIndexSeek: boolean;
}

/**
 * The custom reads as the API runs them (the explorer, its Cypher recorded as it is sent), each
 * statement then run again under PROFILE: where its plan starts, and how much it reads. At 1M
 * events, a read that touched more than its answer would show here first.
 */
export async function profileReads(
  driver: Driver,
  database: string,
  store: Neo4jEventStore,
  probes: CorpusProbes,
): Promise<ReadPlan[]> {
  const sent: { cypher: string; params: Record<string, unknown> }[] = [];
  const recording = new Proxy(driver, {
    get(target, property, receiver) {
      if (property === "executeQuery") {
        return (cypher: string, params: Record<string, unknown>, config: unknown) => {
          sent.push({ cypher, params });
          return target.executeQuery(cypher, params, config as never);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const explorer = new GraphExplorer(recording, database, store);
  const asOf = { asOfPosition: probes.midPosition };
  const reads: [string, () => Promise<unknown>][] = [
    ["neighbourhood", () => explorer.neighbourhood(probes.moduleId, 1, 500, {})],
    ["neighbourhood-as-of", () => explorer.neighbourhood(probes.moduleId, 1, 500, asOf)],
    ["timeline", () => explorer.timeline({ about: probes.moduleId }, {})],
    ["path", () => explorer.path(probes.personId, probes.moduleId, 10, {})],
    ["relations-as-of", () => explorer.relations({ type: "CREW_OF", to: probes.stationId }, asOf)],
    ["search", () => explorer.search(probes.searchPhrase, 20)],
  ];
  const plans: ReadPlan[] = [];
  for (const [key, read] of reads) {
    sent.length = 0;
    await read();
    const profiled = [];
    for (const { cypher, params } of sent)
      profiled.push(await queryPlan(driver, database, cypher, params, "PROFILE"));
    const leaves = profiled.flatMap((p) => p.leaves);
    plans.push({
      key,
      leaves: [...new Set(leaves)],
      dbHits: profiled.reduce((sum, p) => sum + p.dbHits, 0),
      startsFromIndexSeek: !leaves.some((leaf) => (SCANS as readonly string[]).includes(leaf)),
    });
  }
  return plans;
}
