import neo4j, {
  Date as Neo4jDate,
  DateTime,
  LocalDateTime,
  LocalTime,
  Time,
  isDate,
  isDateTime,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isTime,
} from "neo4j-driver";

/**
 * Property values of the graph as JSON and back, exactly: integers stay integers (a JavaScript
 * number would come back as a float), temporals keep their fields, offset and zone. Anything
 * else the projection does not write, and is refused rather than changed.
 */
type Encoded =
  | null
  | boolean
  | number
  | string
  | Encoded[]
  | { $int: string }
  | { $date: number[] }
  | { $datetime: [number[], number | null, string | null] }
  | { $localdatetime: number[] }
  | { $time: [number[], number] }
  | { $localtime: number[] };

const n = (value: unknown) => (isInt(value) ? value.toNumber() : Number(value));

function encode(value: unknown): Encoded {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  if (isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encode);
  if (isDateTime(value)) {
    const { year, month, day, hour, minute, second, nanosecond } = value;
    return {
      $datetime: [
        [year, month, day, hour, minute, second, nanosecond].map(n),
        value.timeZoneOffsetSeconds === undefined ? null : n(value.timeZoneOffsetSeconds),
        value.timeZoneId ?? null,
      ],
    };
  }
  if (isDate(value)) return { $date: [value.year, value.month, value.day].map(n) };
  if (isLocalDateTime(value)) {
    const { year, month, day, hour, minute, second, nanosecond } = value;
    return { $localdatetime: [year, month, day, hour, minute, second, nanosecond].map(n) };
  }
  if (isTime(value)) {
    const { hour, minute, second, nanosecond } = value;
    return {
      $time: [[hour, minute, second, nanosecond].map(n), n(value.timeZoneOffsetSeconds)],
    };
  }
  if (isLocalTime(value)) {
    const { hour, minute, second, nanosecond } = value;
    return { $localtime: [hour, minute, second, nanosecond].map(n) };
  }
  throw new TypeError(`cannot dump a property value of this type: ${String(value)}`);
}

function decode(value: Encoded): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(decode);
  if ("$int" in value) return neo4j.int(value.$int);
  if ("$date" in value) {
    const [y, m, d] = value.$date as [number, number, number];
    return new Neo4jDate(y, m, d);
  }
  if ("$datetime" in value) {
    const [[y, mo, d, h, mi, s, ns], offset, zone] = value.$datetime as [
      [number, number, number, number, number, number, number],
      number | null,
      string | null,
    ];
    return new DateTime(
      y,
      mo,
      d,
      h,
      mi,
      s,
      ns,
      zone ? undefined : (offset ?? 0),
      zone ?? undefined,
    );
  }
  if ("$localdatetime" in value) {
    const [y, mo, d, h, mi, s, ns] = value.$localdatetime as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    return new LocalDateTime(y, mo, d, h, mi, s, ns);
  }
  if ("$time" in value) {
    const [[h, mi, s, ns], offset] = value.$time as [[number, number, number, number], number];
    return new Time(h, mi, s, ns, offset);
  }
  const [h, mi, s, ns] = value.$localtime as [number, number, number, number];
  return new LocalTime(h, mi, s, ns);
}

/** A node's or relationship's properties as JSON. */
export type EncodedProperties = Record<string, Encoded>;

/** Every property of a node or relationship, encoded or decoded. */
export const graphValueCodec = {
  encodeProperties(properties: Record<string, unknown>): EncodedProperties {
    return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, encode(v)]));
  },
  decodeProperties(properties: EncodedProperties): Record<string, unknown> {
    return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, decode(v)]));
  },
};
