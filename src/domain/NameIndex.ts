import type { NodeKind } from "./nodeKinds";
import { keyMatch, nameKey, numbersOf, tolerance, type NameMatch } from "./names";

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
  /** The names' keys (nameKey), names[i]'s at i: computed once, compared at every lookup. */
  keys: readonly string[];
}

/**
 * Entities' names and aliases, to find the ones a new name may duplicate (src/domain/names.ts)
 * by comparing a few names, not all of them. A name is found by its key without spaces (the
 * "same" names), and by each of its words of 5 letters or more, at its place among names of as
 * many words with the same numbers and the same short words (which nameMatch requires equal):
 * under the first two or the last two letters of that word (a word a letter or two apart shares
 * one end or the other). A lookup reads the exact bucket and, of its words, the one whose buckets
 * hold the fewest names. Bucketed by the whole key's ends instead, every "The ... Gazette" shared
 * one bucket, and the synthetic corpus's 240th article took 2.7 s to find its namesakes.
 */
export class NameIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly buckets = new Map<string, Set<string>>();

  /** Adds an entity or replaces what was known of it. */
  set(id: string, kind: NodeKind, name: string, aliases: readonly string[]): void {
    this.delete(id);
    const names = [name, ...aliases];
    const entry = { id, kind, name, names, keys: names.map(nameKey) };
    this.entries.set(id, entry);
    for (const bucket of entry.names.flatMap((n) => keysOf(n).flat())) {
      const ids = this.buckets.get(bucket) ?? new Set<string>();
      ids.add(id);
      this.buckets.set(bucket, ids);
    }
  }

  delete(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const bucket of entry.names.flatMap((n) => keysOf(n).flat()))
      this.buckets.get(bucket)?.delete(id);
  }

  /** Entities whose name or an alias may be `name`. */
  find(name: string): Namesake[] {
    return [...this.namesakes(name)];
  }

  /** Whether any entity's name or alias may be `name` (it stops at the first). */
  has(name: string): boolean {
    return !this.namesakes(name).next().done;
  }

  /** The namesakes of `name`, those whose exact key it shares first. */
  private *namesakes(name: string): Generator<Namesake> {
    const [exact, ...words] = keysOf(name);
    if (!exact) return;
    const size = (keys: readonly string[]) =>
      keys.reduce((sum, key) => sum + (this.buckets.get(key)?.size ?? 0), 0);
    const fewest = words.reduce<string[]>(
      (best, keys) => (best.length === 0 || size(keys) < size(best) ? keys : best),
      [],
    );
    const key = nameKey(name);
    const seen = new Set<string>();
    for (const bucket of [...exact, ...fewest])
      for (const id of this.buckets.get(bucket) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const entry = this.entries.get(id)!;
        for (const [i, candidate] of entry.keys.entries()) {
          const match = keyMatch(key, candidate);
          if (!match) continue;
          yield { id, kind: entry.kind, name: entry.name, matched: entry.names[i]!, match };
          break;
        }
      }
  }
}

/**
 * A name's bucket keys: first its exact key (its key without spaces), then, for each word of 5
 * letters or more, that word's two keys (its first and its last two letters, at its place, among
 * names of the same words but for those). None for a name with no letter or digit.
 */
function keysOf(name: string): string[][] {
  const key = nameKey(name);
  if (key === "") return [];
  const words = key.split(" ");
  const shape = [
    words.length,
    numbersOf(key),
    ...words.map((word, place) => (tolerance(word) === 0 ? `${place}:${word}` : "")),
  ].join("|");
  return [
    [`=${key.replace(/ /g, "")}`],
    ...words.flatMap((word, place) =>
      tolerance(word) === 0
        ? []
        : [[`${shape}|${place}<${word.slice(0, 2)}`, `${shape}|${place}>${word.slice(-2)}`]],
    ),
  ];
}
