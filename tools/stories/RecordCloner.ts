import type { FactRecord } from "./factRecords";

/** The components of a module a copy keeps: the recent ones, which incidents pick. */
const COMPONENTS_KEPT = 200;

/**
 * Copies records with the records they refer to (a person's agency, a module's station, an
 * incident's targets), each once, so that a copy of a world can change without changing the
 * world it came from.
 */
export class RecordCloner {
  private readonly copies = new Map<object, object>();

  clone<T extends FactRecord>(record: T): T {
    let copy = this.copies.get(record) as T | undefined;
    if (copy) return copy;
    copy = Object.create(Object.getPrototypeOf(record)) as T;
    this.copies.set(record, copy);
    for (const [key, value] of Object.entries(record)) {
      (copy as unknown as Record<string, unknown>)[key] = this.cloneValue(key, value);
    }
    return copy;
  }

  cloneAll<T extends FactRecord>(records: readonly T[]): T[] {
    return records.map((record) => this.clone(record));
  }

  private cloneValue(key: string, value: unknown): unknown {
    if (Array.isArray(value)) {
      const kept = key === "components" ? value.slice(-COMPONENTS_KEPT) : value;
      return kept.map((item: unknown) => (isRecord(item) ? this.clone(item) : item));
    }
    return isRecord(value) ? this.clone(value) : value;
  }
}

function isRecord(value: unknown): value is FactRecord {
  return typeof value === "object" && value !== null && "category" in value;
}
