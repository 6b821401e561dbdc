import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { hasAnyLabel } from "../src/graph/cypherPatterns";
import { isProjectionNode, LABEL, PROJECTION_LABELS } from "../src/graph/graphLabels";
import { GRAPH_MODEL } from "../src/graph/GraphModel";
import { PROJECTION_STATE_LABEL } from "../src/projection/Projector";
import { graphValueCodec } from "./graphValueCodec";

/**
 * The labels of the projection, each with a uniqueness constraint on id: a node is dumped, and
 * its relationships' ends are found again, under the first of these it carries (an entity is
 * (:Entity {id}), whatever its kind label).
 */
const KEY_LABELS = PROJECTION_LABELS;

/**
 * Nodes whose id is not theirs alone: a timeline's entry names its happening, which is on the
 * timelines of several nodes (it is keyed by about and id). They are created, not merged on id.
 */
const SHARED_ID_LABELS: readonly string[] = [LABEL.TimelineEntry];

export interface NodeGroup {
  labels: string[];
  keyLabel: string;
  /** Each node of the group has an id of its own: loaded by MERGE on it (else CREATE). */
  mergeOnId: boolean;
  file: string;
  count: number;
}

export interface RelationshipGroup {
  type: string;
  fromLabel: string;
  toLabel: string;
  /** Every relationship of the group has an id, each its own: loaded by MERGE on it. */
  mergeOnId: boolean;
  file: string;
  count: number;
}

export interface ProjectionDump {
  dir: string;
  nodeGroups: NodeGroup[];
  relationshipGroups: RelationshipGroup[];
  nodes: number;
  relationships: number;
  /** The projection's checkpoint node(s), kept aside: the raw load does not write them. */
  checkpoints: { labels: string[]; properties: Record<string, unknown> }[];
}

/** One line per node or relationship: {id, properties} or {from, to, properties}. */
class GroupFiles {
  private readonly streams = new Map<string, WriteStream>();
  constructor(private readonly dir: string) {}

  async write(name: string, row: unknown): Promise<string> {
    let stream = this.streams.get(name);
    const file = path.join(this.dir, `${name}.jsonl`);
    if (!stream) {
      stream = createWriteStream(file);
      this.streams.set(name, stream);
    }
    if (!stream.write(`${JSON.stringify(row)}\n`)) await once(stream, "drain");
    return file;
  }

  async close(): Promise<void> {
    for (const stream of this.streams.values()) {
      stream.end();
      await once(stream, "finish");
    }
  }
}

/** A dump at a million events streams for minutes: past the server's default 120 s timeout. */
const LONG_READ = { timeout: 60 * 60_000 };

/**
 * Labels and types are written into the load's Cypher: only the graph model's (src/graph), which
 * are safe names, pass; anything else in the projection is a bug this dump would hide.
 */
const isModelLabel = (label: string) => GRAPH_MODEL.labels.includes(label);
const isModelType = (type: string) => GRAPH_MODEL.relationshipTypes.includes(type);

function keyLabelOf(labels: readonly string[], what: string): string {
  const key = KEY_LABELS.find((label) => labels.includes(label));
  if (!key)
    throw new Error(`cannot raw-load ${what}: none of its labels (${labels}) has an id key`);
  for (const label of labels)
    if (!isModelLabel(label)) throw new Error(`unexpected label ${JSON.stringify(label)}`);
  return key;
}

/**
 * Writes the whole projection (every node's labels and properties, every relationship's type,
 * ends and properties: what projectionFingerprint covers) to JSON-lines files in dir, grouped
 * as the raw load writes them: nodes by label set, relationships by type and end labels.
 */
export async function dumpProjection(
  driver: Driver,
  database: string,
  dir: string,
  onProgress: (rows: number) => void = () => {},
): Promise<ProjectionDump> {
  const files = new GroupFiles(dir);
  const nodeGroups = new Map<string, NodeGroup>();
  const relationshipGroups = new Map<string, RelationshipGroup & { ids: Set<string> }>();
  let rows = 0;
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const checkpoints = (
      await session.run(
        `MATCH (n:${PROJECTION_STATE_LABEL}) RETURN labels(n) AS labels, properties(n) AS properties`,
      )
    ).records.map((r) => ({
      labels: r.get("labels") as string[],
      properties: r.get("properties") as Record<string, unknown>,
    }));

    const seen = new Set<string>();
    for (const [index, keyLabel] of KEY_LABELS.entries()) {
      const earlier = KEY_LABELS.slice(0, index);
      const result = session.run(
        `MATCH (n:${keyLabel})
           ${earlier.length > 0 ? `WHERE NOT ${hasAnyLabel("n", earlier)}` : ""}
         RETURN labels(n) AS labels, properties(n) AS properties`,
        {},
        LONG_READ,
      );
      for await (const record of result) {
        const labels = [...(record.get("labels") as string[])].sort();
        const properties = record.get("properties") as Record<string, unknown>;
        const id = properties.id;
        if (typeof id !== "string") {
          throw new Error(`cannot raw-load a :${labels.join(":")} node without a string id`);
        }
        const shared = SHARED_ID_LABELS.includes(keyLabel);
        if (!shared && seen.has(`${keyLabel}\u0000${id}`))
          throw new Error(`two :${keyLabel} nodes have the id ${JSON.stringify(id)}`);
        if (!shared) seen.add(`${keyLabel}\u0000${id}`);
        keyLabelOf(labels, `a node ${id}`);
        const name = `nodes-${labels.join("-")}`;
        const file = await files.write(name, {
          id,
          properties: graphValueCodec.encodeProperties(properties),
        });
        const group = nodeGroups.get(name) ?? {
          labels,
          keyLabel,
          mergeOnId: !shared,
          file,
          count: 0,
        };
        group.count += 1;
        nodeGroups.set(name, group);
        onProgress(++rows);
      }
    }
    seen.clear();

    const types = (
      await session.run(
        `MATCH (a)-[r]->() WHERE ${isProjectionNode("a")} RETURN DISTINCT type(r) AS type`,
        {},
        LONG_READ,
      )
    ).records.map((r) => r.get("type") as string);
    for (const type of types.sort()) {
      if (!isModelType(type)) throw new Error(`unexpected type ${JSON.stringify(type)}`);
      const result = session.run(
        `MATCH (a)-[r:${type}]->(b) WHERE ${isProjectionNode("a")}
         RETURN labels(a) AS fromLabels, a.id AS from, labels(b) AS toLabels, b.id AS to,
                properties(r) AS properties`,
        {},
        LONG_READ,
      );
      for await (const record of result) {
        const fromLabel = keyLabelOf(record.get("fromLabels") as string[], `a ${type} start`);
        const toLabel = keyLabelOf(record.get("toLabels") as string[], `a ${type} end`);
        const properties = record.get("properties") as Record<string, unknown>;
        const name = `relationships-${type}-${fromLabel}-${toLabel}`;
        const file = await files.write(name, {
          from: record.get("from") as string,
          to: record.get("to") as string,
          properties: graphValueCodec.encodeProperties(properties),
        });
        const group = relationshipGroups.get(name) ?? {
          type,
          fromLabel,
          toLabel,
          mergeOnId: true,
          file,
          count: 0,
          ids: new Set<string>(),
        };
        const id = properties.id;
        if (group.mergeOnId) {
          if (typeof id !== "string" || group.ids.has(id)) {
            group.mergeOnId = false;
            group.ids.clear();
          } else group.ids.add(id);
        }
        group.count += 1;
        relationshipGroups.set(name, group);
        onProgress(++rows);
      }
    }
    const nodes = [...nodeGroups.values()];
    const relationships = [...relationshipGroups.values()].map(({ ids: _ids, ...group }) => group);
    return {
      dir,
      nodeGroups: nodes,
      relationshipGroups: relationships,
      nodes: nodes.reduce((sum, g) => sum + g.count, 0),
      relationships: relationships.reduce((sum, g) => sum + g.count, 0),
      checkpoints,
    };
  } finally {
    await files.close();
    await session.close();
  }
}
