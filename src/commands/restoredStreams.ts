import type { EventRecord } from "../eventstore/EventRecord";
import type { Append, LockedLog } from "../eventstore/LockedLog";
import { CATALOGUE } from "../catalogue/commands";
import { DecisionView } from "./DecisionView";

/**
 * The revisions and snapshots that events restored from a backup leave their streams with, as
 * the commands that appended them did: each stream's state read from the log under the restore's
 * lock (its snapshot, or its events folded), then moved on by the events. Commands after a restore
 * read these snapshots as they would have read the originals.
 */
export async function restoredStreams(
  log: LockedLog,
  records: readonly EventRecord[],
): Promise<Append["streams"]> {
  const byStream = new Map<string, EventRecord[]>();
  for (const record of records) {
    const events = byStream.get(record.stream);
    if (events) events.push(record);
    else byStream.set(record.stream, [record]);
  }
  const view = new DecisionView(CATALOGUE, log, new Map());
  await view.load(log, byStream.keys());
  for (const [stream, events] of byStream) view.advance(stream, events);
  return view.changedStreams();
}
