import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import stringify from "safe-stable-stringify";
import { toPlain } from "../neo4j/neo4jValues";
import { PROJECTION_STATE_LABEL } from "./Projector";
import { IS_PROJECTION_NODE } from "./rebuildProjection";

export interface Fingerprint {
  sha256: string;
  nodes: number;
  relationships: number;
}

/**
 * A hash of the whole projection: every node's labels and properties and every relationship's
 * ends, type and properties, in a canonical order. Equal fingerprints mean equal graphs.
 */
export async function projectionFingerprint(
  driver: Driver,
  database: string,
): Promise<Fingerprint> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const nodes = await tx.run(
        `MATCH (n) WHERE ${IS_PROJECTION_NODE} AND NOT n:${PROJECTION_STATE_LABEL}
         RETURN labels(n) AS labels, properties(n) AS properties`,
      );
      const relationships = await tx.run(
        `MATCH (a)-[r]->(b) WHERE ${IS_PROJECTION_NODE.replace(/n:/g, "a:")}
         RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties`,
      );
      const lines = [
        ...nodes.records.map((r) =>
          stringify({
            labels: [...(r.get("labels") as string[])].sort(),
            properties: toPlain(r.get("properties")),
          }),
        ),
        ...relationships.records.map((r) =>
          stringify({
            from: r.get("from"),
            type: r.get("type"),
            to: r.get("to"),
            properties: toPlain(r.get("properties")),
          }),
        ),
      ].sort();
      const hash = createHash("sha256");
      for (const line of lines) hash.update(`${line}\n`);
      return {
        sha256: hash.digest("hex"),
        nodes: nodes.records.length,
        relationships: relationships.records.length,
      };
    });
  } finally {
    await session.close();
  }
}
