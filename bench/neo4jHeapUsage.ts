import type { Driver } from "neo4j-driver";
import { toNumber } from "../src/neo4j/neo4jValues";

export interface HeapUsage {
  usedBytes: number;
  committedBytes: number;
  maxBytes: number;
}

/** Neo4j's JVM heap as JMX reports it now (in use, not after a collection), or null if refused. */
export async function neo4jHeapUsage(driver: Driver, database: string): Promise<HeapUsage | null> {
  try {
    const { records } = await driver.executeQuery(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap",
      {},
      { database },
    );
    const heap = records[0]?.get("heap") as Record<string, unknown> | null | undefined;
    if (!heap) return null;
    return {
      usedBytes: toNumber(heap.used),
      committedBytes: toNumber(heap.committed),
      maxBytes: toNumber(heap.max),
    };
  } catch {
    return null;
  }
}
