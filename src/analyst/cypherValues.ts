import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
  type Node,
  type Path,
  type Relationship,
  type UnboundRelationship,
} from "neo4j-driver";

/**
 * Values read by an analyst's query, in two shapes: plain JSON (for --json) and one line of text
 * in Cypher's literal style (for table and CSV cells, and the cookbook's expected answers).
 */

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Dates, times and durations: their toString() is ISO 8601. */
function isTemporal(value: unknown): boolean {
  return (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  );
}

function sortedEntries(map: object): [string, unknown][] {
  return Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function jsonMap(map: object): { [key: string]: JsonValue } {
  return Object.fromEntries(sortedEntries(map).map(([key, value]) => [key, toJsonValue(value)]));
}

function jsonNode(node: Node): JsonValue {
  return {
    elementId: node.elementId,
    labels: [...node.labels],
    properties: jsonMap(node.properties),
  };
}

function jsonRelationship(relationship: Relationship | UnboundRelationship): JsonValue {
  return {
    elementId: relationship.elementId,
    type: relationship.type,
    ...("startNodeElementId" in relationship
      ? {
          startNodeElementId: relationship.startNodeElementId,
          endNodeElementId: relationship.endNodeElementId,
        }
      : {}),
    properties: jsonMap(relationship.properties),
  };
}

/** Integers as numbers (as strings beyond 2^53), temporals as ISO 8601, graph values as objects. */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (isTemporal(value)) return String(value);
  if (isPoint(value)) {
    const { srid, x, y, z } = value;
    return { srid: toJsonValue(srid), x, y, ...(z === undefined ? {} : { z }) };
  }
  if (isNode(value)) return jsonNode(value);
  if (isRelationship(value) || isUnboundRelationship(value)) return jsonRelationship(value);
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(jsonNode),
      relationships: value.segments.map((s) => jsonRelationship(s.relationship)),
    };
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (typeof value === "object") return jsonMap(value);
  return String(value);
}

const quote = (text: string) => JSON.stringify(text);

function literalMap(map: object): string {
  const entries = sortedEntries(map).map(([key, value]) => `${key}: ${literal(value)}`);
  return `{${entries.join(", ")}}`;
}

function literalNode(node: Node): string {
  const labels = sortedLabels(node);
  return Object.keys(node.properties).length === 0
    ? `(${labels})`
    : `(${labels} ${literalMap(node.properties)})`;
}

/** A node of a path: its labels and id only (the whole node is in --json). */
function pathNode(node: Node): string {
  const labels = sortedLabels(node);
  const id = node.properties.id as unknown;
  return id === undefined ? `(${labels})` : `(${labels} {id: ${literal(id)}})`;
}

function pathText(path: Path): string {
  let text = pathNode(path.start);
  for (const segment of path.segments) {
    const forward = segment.relationship.startNodeElementId === segment.start.elementId;
    const relationship = `[:${segment.relationship.type}]`;
    text += forward ? `-${relationship}->` : `<-${relationship}-`;
    text += pathNode(segment.end);
  }
  return text;
}

/** A value inside a list, map, node or relationship: strings quoted, as Cypher writes them. */
function literal(value: unknown): string {
  if (typeof value === "string") return quote(value);
  return toCellText(value);
}

/**
 * One line of text: strings as they are, null as `null`, floats with a decimal point (1.0),
 * integers without, temporals in ISO 8601, lists, maps, nodes and relationships as Cypher
 * literals (`["a", "b"]`, `{k: 1}`, `(:Label {id: "x"})`, `[:TYPE {...}]`), paths by node ids.
 */
export function toCellText(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return value;
  if (isInt(value)) return value.toString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") {
    return Number.isInteger(value) && Number.isFinite(value) ? value.toFixed(1) : String(value);
  }
  if (typeof value === "boolean") return String(value);
  if (isTemporal(value)) return String(value);
  if (isPoint(value)) {
    const { srid, x, y, z } = value;
    const z3 = z === undefined ? "" : `, z: ${toCellText(z)}`;
    return `point({srid: ${toCellText(srid)}, x: ${toCellText(x)}, y: ${toCellText(y)}${z3}})`;
  }
  if (isNode(value)) return literalNode(value);
  if (isRelationship(value) || isUnboundRelationship(value)) {
    return Object.keys(value.properties).length === 0
      ? `[:${value.type}]`
      : `[:${value.type} ${literalMap(value.properties)}]`;
  }
  if (isPath(value)) return pathText(value);
  if (value instanceof Uint8Array) return `bytes(${Buffer.from(value).toString("base64")})`;
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (typeof value === "object") return literalMap(value);
  return String(value);
}

/** A node's labels in name order, whatever order the database created them in. */
function sortedLabels(node: Node): string {
  return [...node.labels]
    .sort()
    .map((label) => `:${label}`)
    .join("");
}
