import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Driver } from "neo4j-driver";
import { TimedWrites } from "./TimedWrites";
import type { NodeGroup, ProjectionDump, RelationshipGroup } from "./dumpProjection";
import { graphValueCodec, type EncodedProperties } from "./graphValueCodec";

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
  const labels = group.labels.map(label).join(":");
  return group.mergeOnId
    ? `UNWIND $rows AS row
MERGE (n:${labels} {id: row.id})
ON CREATE SET n = row.properties`
    : `UNWIND $rows AS row
CREATE (n:${labels})
SET n = row.properties`;
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

/** The JSON lines of a dump's file, parsed, size at a time. */
export async function* jsonLineBatches<T>(file: string, size: number): AsyncGenerator<T[]> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let batch: T[] = [];
  for await (const line of lines) {
    if (line === "") continue;
    batch.push(JSON.parse(line) as T);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** A dump's rows ({id, properties} or {from, to, properties}) with their properties decoded. */
export async function* batchesOf(
  file: string,
  size: number,
): AsyncGenerator<Record<string, unknown>[]> {
  for await (const batch of jsonLineBatches<{ properties: EncodedProperties }>(file, size)) {
    yield batch.map((row) => ({
      ...row,
      properties: graphValueCodec.decodeProperties(row.properties),
    }));
  }
}

/** One statement of the raw load: a group of the dump and the Cypher that writes its rows. */
export interface LoadGroup {
  name: string;
  file: string;
  cypher: string;
}

/** The dump's groups in the order they load: every node first, then every relationship. */
export function loadGroups(dump: ProjectionDump): LoadGroup[] {
  return [
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
  const writes = new TimedWrites(driver, database);
  const statements: RawLoadResult["statements"] = [];
  let rows = 0;
  try {
    const groups = loadGroups(dump);
    for (const group of groups) {
      const statement = { group: group.name, cypher: group.cypher, rows: 0, batches: 0, millis: 0 };
      statements.push(statement);
      for await (const batch of batchesOf(group.file, batchSize)) {
        statement.millis += await writes.write((tx) => tx.run(group.cypher, { rows: batch }));
        statement.batches += 1;
        statement.rows += batch.length;
        rows += batch.length;
        onProgress(rows);
      }
    }
  } finally {
    await writes.close();
  }
  return {
    rows,
    batches: writes.batches,
    batchSize,
    statements,
    writeMillis: writes.writeMillis,
    wallMillis: writes.wallMillis,
  };
}
