import type { NodeKind } from "./nodeKinds";
import { nameKey, nameMatch, type NameMatch } from "./names";

/** An entity whose name or alias may be the name asked for. */
export interface Namesake {
  id: string;
  kind: NodeKind;
  /** Its name. */
  name: string;
  /** The name or alias that matched, and how. */
  matched: string;
  match: NameMatch;
}

interface Entry {
  id: string;
  kind: NodeKind;
  name: string;
  names: readonly string[];
}

/**
 * Entities' names and aliases, to find the ones a new name may duplicate (src/domain/names.ts):
 * bucketed by the first and the last two letters of each key, so that a lookup compares a few
 * names, not all of them (a key a letter or two apart shares one end or the other).
 */
export class NameIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly buckets = new Map<string, Set<string>>();

  /** Adds an entity or replaces what was known of it. */
  set(id: string, kind: NodeKind, name: string, aliases: readonly string[]): void {
    this.delete(id);
    const entry = { id, kind, name, names: [name, ...aliases] };
    this.entries.set(id, entry);
    for (const bucket of entry.names.flatMap(bucketsOf)) {
      const ids = this.buckets.get(bucket) ?? new Set<string>();
      ids.add(id);
      this.buckets.set(bucket, ids);
    }
  }

  delete(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const bucket of entry.names.flatMap(bucketsOf)) this.buckets.get(bucket)?.delete(id);
  }

  /** Entities whose name or an alias may be `name`. */
  find(name: string): Namesake[] {
    const ids = new Set(bucketsOf(name).flatMap((bucket) => [...(this.buckets.get(bucket) ?? [])]));
    return [...ids].flatMap((id) => {
      const entry = this.entries.get(id)!;
      for (const candidate of entry.names) {
        const match = nameMatch(name, candidate);
        if (match) return [{ id, kind: entry.kind, name: entry.name, matched: candidate, match }];
      }
      return [];
    });
  }
}

function bucketsOf(name: string): string[] {
  const key = nameKey(name).replace(/ /g, "");
  return key === "" ? [] : [`<${key.slice(0, 2)}`, `>${key.slice(-2)}`];
}
