import type { Driver } from "neo4j-driver";

/** What a query's plan starts from and how much it reads (from PROFILE or EXPLAIN). */
export interface QueryPlan {
  /** The plan's leaf operators: where it starts reading (NodeUniqueIndexSeek, AllNodesScan...). */
  leaves: string[];
  /** Every operator of the plan, root first (Top: a top-k sort that keeps LIMIT rows; Sort: all). */
  operators: string[];
  /** Database hits, under PROFILE (0 under EXPLAIN). */
  dbHits: number;
  rows: number;
}

/** Leaf operators that read a whole label, type or store rather than seek an index. */
export const SCANS = [
  "AllNodesScan",
  "NodeByLabelScan",
  "UnionNodeByLabelsScan",
  "IntersectionNodeByLabelsScan",
  "DirectedRelationshipTypeScan",
  "UndirectedRelationshipTypeScan",
  "DirectedAllRelationshipsScan",
  "UndirectedAllRelationshipsScan",
] as const;

/** True for a leaf operator that reads a whole label, type or store (one of SCANS). */
export function isScan(operator: string): boolean {
  return (SCANS as readonly string[]).includes(operator);
}

interface PlanNode {
  operatorType: string;
  dbHits?: number;
  rows?: number;
  children: PlanNode[];
}

/** Runs the query under PROFILE (or EXPLAIN) in a read transaction and sums up its plan. */
export async function queryPlan(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown>,
  mode: "PROFILE" | "EXPLAIN" = "PROFILE",
): Promise<QueryPlan> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const result = await session.executeRead((tx) => tx.run(`${mode} ${cypher}`, params));
    const root = (result.summary.profile || result.summary.plan) as unknown as PlanNode;
    const leaves: string[] = [];
    const operators: string[] = [];
    let dbHits = 0;
    const visit = (node: PlanNode) => {
      dbHits += Number(node.dbHits ?? 0);
      const operator = node.operatorType.replace(/@.*$/, "");
      operators.push(operator);
      if (node.children.length === 0) leaves.push(operator);
      node.children.forEach(visit);
    };
    visit(root);
    return { leaves, operators, dbHits, rows: Number(root.rows ?? 0) };
  } finally {
    await session.close();
  }
}

/** A statement as it was sent through the driver. */
export interface SentStatement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * The driver, recording each statement sent through `executeQuery` into `sent` before running
 * it: to see (and PROFILE) exactly what a read sends.
 */
export function recordingDriver(driver: Driver, sent: SentStatement[]): Driver {
  return new Proxy(driver, {
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
}
