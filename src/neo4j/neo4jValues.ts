import neo4j, {
  DateTime,
  isDate,
  isDateTime,
  isInt,
  isLocalDateTime,
  isDuration,
  isLocalTime,
  isTime,
  isPoint,
} from "neo4j-driver";

/** Neo4j's integers and temporals, converted at the boundary to plain JavaScript values. */
export function toNumber(value: unknown): number {
  if (isInt(value)) return value.toNumber();
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number") return value;
  throw new TypeError(`not an integer: ${String(value)}`);
}

export function toOptionalNumber(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : toNumber(value);
}

/** Integers for Cypher parameters: a JavaScript number would be stored as a float. */
export function int(value: number) {
  return neo4j.int(value);
}

/** Any value read from Neo4j as plain JSON-able data: integers as numbers, temporals as ISO strings. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (
    isDateTime(value) ||
    isDate(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value)
  ) {
    return value.toString();
  }
  if (isDuration(value) || isPoint(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]),
    );
  }
  return value;
}

/** An ISO instant as a Neo4j DateTime in UTC, independent of this machine's zone. */
export function utcDateTime(iso: string): DateTime<number> {
  const d = new Date(iso);
  return new DateTime(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds() * 1_000_000,
    0,
  );
}
