import type { InMemoryFacts } from "../catalogue/InMemoryFacts";
import { SNAPSHOT_VERSION } from "../commands/DecisionView";
import type { StoredStream } from "../eventstore/EventRecord";
import type { LockedLog } from "../eventstore/LockedLog";

/**
 * The log as a writer would read it, from facts held in memory (no database): each stream at its
 * revision with its state as snapshot. A dry run decides against it exactly as against Neo4j's.
 * Commands are not kept in memory, so none counts as executed before.
 */
export function inMemoryLog(facts: InMemoryFacts): LockedLog {
  const streams = new Map<string, StoredStream>();
  let head = 0;
  for (const [id, { state, events }] of facts.streamsHeld()) {
    head += events.length;
    streams.set(id, {
      revision: events.length,
      snapshot: JSON.stringify(state),
      snapshotVersion: SNAPSHOT_VERSION,
    });
  }
  const pick = (ids: readonly string[]) =>
    new Map(ids.flatMap((id) => (streams.has(id) ? [[id, streams.get(id)!] as const] : [])));
  return {
    head,
    commands: new Map(),
    streams,
    readStreamStates: async (ids) => pick(ids),
    // Every stream has a current snapshot: nothing is ever folded from its events.
    readStreams: async () => new Map(),
  };
}
