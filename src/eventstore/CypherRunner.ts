import type { ManagedTransaction } from "neo4j-driver";

/**
 * Prefix of the write path's statements: keep a cached plan even when the graph's statistics have
 * moved since it was made. Each of these statements finds its nodes by unique index and expands
 * from them, a plan whose shape does not depend on how many nodes there are; yet while a graph
 * grows, Neo4j would replan them again and again (measured: most of an ingestion's time).
 * Only for statements whose plan cannot depend on the statistics: a plan made on an empty graph
 * is kept for the life of the process (see the projector's ordered statement).
 */
export const KEEP_PLAN = "CYPHER replan=skip";

/** What a writer inside the store's transaction may do: run Cypher, nothing else. */
export type CypherRunner = Pick<ManagedTransaction, "run">;

/**
 * Awaits every statement sent into one transaction. Statements are sent without waiting for the
 * previous one's answer (the driver pipelines them; Neo4j runs them in order), so a writer costs
 * one round trip rather than one per statement. Every promise is settled before this returns, so
 * a failure never leaves an unobserved rejection behind; the first failure is thrown.
 */
export async function settleAll(statements: readonly Promise<unknown>[]): Promise<void> {
  const outcomes = await Promise.allSettled(statements);
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
  if (failed) throw failed.reason;
}

/** Counts the statements and transactions a writer runs (figures for the benchmarks). */
export class StatementCounter {
  transactions = 0;
  statements = 0;

  wrap(tx: CypherRunner): CypherRunner {
    return {
      run: ((query: string, parameters?: Record<string, unknown>) => {
        this.statements += 1;
        return tx.run(query, parameters);
      }) as CypherRunner["run"],
    };
  }
}
