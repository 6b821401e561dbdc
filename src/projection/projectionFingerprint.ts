import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import stringify from "safe-stable-stringify";
import { toPlain } from "../neo4j/neo4jValues";
import { isProjectionNode } from "../graph/graphLabels";

export interface Fingerprint {
  sha256: string;
  nodes: number;
  relationships: number;
}

const MODULUS = 1n << 256n;

/** Reading a graph of millions of items takes longer than the server's default timeout (120 s). */
const LONG_READ = { timeout: 3_600_000 };

/**
 * A hash of the whole projection: every node's labels and properties and every relationship's
 * ends, type and properties. Each item is hashed alone and the hashes are added up (a multiset
 * hash), so the result does not depend on the order Neo4j returns them in, and the graph is
 * streamed rather than held in memory: it works on a graph of millions of items. Equal
 * fingerprints mean equal graphs.
 */
export async function projectionFingerprint(
  driver: Driver,
  database: string,
): Promise<Fingerprint> {
  let sum = 0n;
  const add = (item: unknown) => {
    const digest = createHash("sha256").update(stringify(item)!).digest("hex");
    sum = (sum + BigInt(`0x${digest}`)) % MODULUS;
  };
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    let nodes = 0;
    for await (const r of session.run(
      `MATCH (n) WHERE ${isProjectionNode("n")} RETURN labels(n) AS labels, properties(n) AS properties`,
      {},
      LONG_READ,
    )) {
      nodes += 1;
      add({
        labels: [...(r.get("labels") as string[])].sort(),
        properties: toPlain(r.get("properties")),
      });
    }
    let relationships = 0;
    for await (const r of session.run(
      `MATCH (a)-[r]->(b) WHERE ${isProjectionNode("a")}
       RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties`,
      {},
      LONG_READ,
    )) {
      relationships += 1;
      add({
        from: r.get("from"),
        type: r.get("type"),
        to: r.get("to"),
        properties: toPlain(r.get("properties")),
      });
    }
    add({ nodes, relationships });
    return { sha256: sum.toString(16).padStart(64, "0"), nodes, relationships };
  } finally {
    await session.close();
  }
}
