import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Driver } from "neo4j-driver";
import type { NodeGroup, ProjectionDump, RelationshipGroup } from "./dumpProjection";
import { graphValueCodec } from "./graphValueCodec";

export interface RawLoadResult {
  rows: number;
  batches: number;
  batchSize: number;
  /** Each statement, with the rows it wrote and its time in write transactions. */
  statements: { group: string; cypher: string; rows: number; batches: number; millis: number }[];
  /** Time inside the write transactions: what the baseline is measured by. */
  writeMillis: number;
  /** Everything, reading the dump's files included. */
  wallMillis: number;
}

const label = (name: string) => `\`${name}\``;

/** Nodes of one label set: MERGE on the id, all properties set on creation. */
export function nodeLoadCypher(group: NodeGroup): string {
  return `UNWIND $rows AS row
MERGE (n:${group.labels.map(label).join(":")} {id: row.id})
ON CREATE SET n = row.properties`;
}

/** Relationships of one type between two key labels: MERGE on their id where each has its own. */
export function relationshipLoadCypher(group: RelationshipGroup): string {
  const ends = `UNWIND $rows AS row
MATCH (a:${label(group.fromLabel)} {id: row.from})
MATCH (b:${label(group.toLabel)} {id: row.to})`;
  return group.mergeOnId
    ? `${ends}
MERGE (a)-[r:${label(group.type)} {id: row.properties.id}]->(b)
ON CREATE SET r = row.properties`
    : `${ends}
CREATE (a)-[r:${label(group.type)}]->(b)
SET r = row.properties`;
}

async function* batchesOf(file: string, size: number): AsyncGenerator<Record<string, unknown>[]> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let batch: Record<string, unknown>[] = [];
  for await (const line of lines) {
    if (line === "") continue;
    const row = JSON.parse(line) as {
      properties: Parameters<typeof graphValueCodec.decodeProperties>[0];
    };
    batch.push({ ...row, properties: graphValueCodec.decodeProperties(row.properties) });
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The baseline of ingestion and rebuild: the same graph written the plain way, with no log and
 * no decisions: UNWIND $rows ... MERGE in batches of batchSize rows, one write transaction per
 * batch through neo4j-driver; every node first, then every relationship.
 */
export async function rawLoadProjection(
  driver: Driver,
  database: string,
  dump: ProjectionDump,
  batchSize: number,
  onProgress: (rows: number) => void = () => {},
): Promise<RawLoadResult> {
  const started = performance.now();
  const statements: RawLoadResult["statements"] = [];
  let rows = 0;
  let batches = 0;
  let writeMillis = 0;
  const session = driver.session({ database });
  try {
    const groups = [
      ...dump.nodeGroups.map((g) => ({
        name: `:${g.labels.join(":")}`,
        file: g.file,
        cypher: nodeLoadCypher(g),
      })),
      ...dump.relationshipGroups.map((g) => ({
        name: `(:${g.fromLabel})-[:${g.type}]->(:${g.toLabel})`,
        file: g.file,
        cypher: relationshipLoadCypher(g),
      })),
    ];
    for (const group of groups) {
      const statement = { group: group.name, cypher: group.cypher, rows: 0, batches: 0, millis: 0 };
      statements.push(statement);
      for await (const batch of batchesOf(group.file, batchSize)) {
        const writeStarted = performance.now();
        await session.executeWrite((tx) => tx.run(group.cypher, { rows: batch }));
        const millis = performance.now() - writeStarted;
        writeMillis += millis;
        statement.millis += millis;
        statement.batches += 1;
        statement.rows += batch.length;
        batches += 1;
        rows += batch.length;
        onProgress(rows);
      }
    }
  } finally {
    await session.close();
  }
  return {
    rows,
    batches,
    batchSize,
    statements,
    writeMillis,
    wallMillis: performance.now() - started,
  };
}
