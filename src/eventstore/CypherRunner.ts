import type { ManagedTransaction } from "neo4j-driver";

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
