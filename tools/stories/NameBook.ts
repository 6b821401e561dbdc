import { NameIndex } from "../../src/domain/NameIndex";
import type { EntityKind } from "../../src/domain/nodeKinds";

/**
 * The names and aliases a world has given its entities, to give no new one a name the domain
 * would take for one of them (src/domain/NameIndex.ts and names.ts: the same rule, not written
 * twice). A copy for a client reads its world's book and writes a book of its own.
 */
export class NameBook {
  private readonly index = new NameIndex();
  private readonly names = new Map<string, { kind: EntityKind; names: string[] }>();

  constructor(private readonly parent?: NameBook) {}

  /** The ids of the entities the name may be taken for. */
  namesakes(name: string): string[] {
    const own = this.index.find(name).map((namesake) => namesake.id);
    return this.parent ? [...this.parent.namesakes(name), ...own] : own;
  }

  taken(name: string): boolean {
    return this.index.has(name) || (this.parent?.taken(name) ?? false);
  }

  /** An entity's names: its name, then its aliases (more of them for an entity known). */
  add(id: string, kind: EntityKind, ...names: string[]): void {
    const entry = this.names.get(id) ?? { kind, names: [] };
    entry.names.push(...names.filter((name) => !entry.names.includes(name)));
    this.names.set(id, entry);
    this.index.set(id, kind, entry.names[0]!, entry.names.slice(1));
  }
}
