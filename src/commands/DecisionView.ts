import type { Catalogue } from "../catalogue/Catalogue";
import type { Command } from "../catalogue/commands";
import { initialState, type FactState } from "../catalogue/FactState";
import { FactContext } from "../catalogue/FactContext";
import type { DecisionContext } from "../domain/DecisionContext";
import type { NodeKind } from "../domain/nodeKinds";
import { candidateStreams, streamId } from "../domain/streams";
import type { CommandRecord, EventRecord, StoredStream } from "../eventstore/EventRecord";
import type { LockedLog } from "../eventstore/LockedLog";

/**
 * The format of the stream snapshots this code writes (a FactState as JSON). Bump it when
 * FactState changes shape: snapshots of another version are ignored and the stream is folded from
 * its events instead (and its snapshot rewritten by the next command on it).
 */
export const SNAPSHOT_VERSION = 2;

export interface StreamView {
  state: FactState;
  revision: number;
}

/**
 * The streams a command needs to be decided: those a fact it names by its id may be in (to find
 * its stream), its own, and those of the nodes and articles it names.
 */
export function streamsOfCommand(catalogue: Catalogue, command: Command): string[] {
  const { nodeIds, articleIds } = catalogue.referencesOf(command);
  const named = catalogue
    .factStreamFields(command.type)
    .map((key) => (command as Record<string, unknown>)[key])
    .filter((value): value is string => typeof value === "string");
  return [
    ...named.flatMap(candidateStreams),
    catalogue.streamOf(command),
    ...nodeIds.flatMap((id) => [
      streamId("entity", id),
      streamId("incident", id),
      streamId("statement", id),
      streamId("quantity", id),
    ]),
    ...articleIds.map((id) => streamId("article", id)),
  ];
}

/**
 * What the commands of one group see: the log as committed (streams' snapshots read under the
 * lock), plus what earlier commands of the group decided. A unit of commands is decided inside
 * begin() ... commit(); rollback() undoes all it changed, so a refused unit leaves nothing for
 * the next ones to see.
 */
export class DecisionView {
  readonly commands: Map<string, CommandRecord>;
  private readonly streams = new Map<string, StreamView>();
  private readonly facts = new FactContext();
  /** Streams changed by this group's accepted units, in the order first changed. */
  private readonly changed = new Set<string>();
  private undo: (() => void)[] | undefined;

  constructor(
    private readonly catalogue: Catalogue,
    log: LockedLog,
    /** States of article streams known to this process (articles never change once registered). */
    private readonly knownArticles: ReadonlyMap<string, StreamView>,
  ) {
    this.commands = new Map(log.commands);
  }

  /** Loads the states of streams: from their snapshots, folding the events of those without one. */
  async load(log: LockedLog, streams: Iterable<string>): Promise<void> {
    await this.loadFrom(log, log.streams, streams);
    // A merged entity's id redirects to the entity it was merged into: load those too.
    for (let hops = 0; hops < 16; hops++) {
      const targets = [...this.streams.values()].flatMap(({ state }) =>
        state.status !== "absent" && state.mergedInto !== undefined
          ? [streamId("entity", state.mergedInto)]
          : [],
      );
      const missing = [...new Set(targets)].filter((stream) => !this.streams.has(stream));
      if (missing.length === 0) return;
      await this.loadFrom(log, await log.readStreamStates(missing), missing);
    }
  }

  private async loadFrom(
    log: LockedLog,
    stored: ReadonlyMap<string, StoredStream>,
    streams: Iterable<string>,
  ): Promise<void> {
    const unfolded: string[] = [];
    for (const stream of new Set(streams)) {
      if (this.streams.has(stream)) continue;
      const known = this.knownArticles.get(stream);
      if (known) {
        this.put(stream, known);
        continue;
      }
      const found = stored.get(stream);
      if (!found) this.put(stream, { state: initialState, revision: 0 });
      else if (found.snapshot !== undefined && found.snapshotVersion === SNAPSHOT_VERSION)
        this.put(stream, {
          state: JSON.parse(found.snapshot) as FactState,
          revision: found.revision,
        });
      else unfolded.push(stream);
    }
    if (unfolded.length === 0) return;
    const events = await log.readStreams(unfolded);
    for (const stream of unfolded) {
      const records = events.get(stream) ?? [];
      this.put(stream, {
        state: this.catalogue.fold(records.map((r) => r.event)),
        revision: records.length,
      });
    }
  }

  stream(stream: string): StreamView {
    const view = this.streams.get(stream);
    if (!view) throw new Error(`stream ${stream} was not loaded before its command was decided`);
    return view;
  }

  /**
   * The stream of a fact named by its id or its stream, among the loaded ones (the log's, and
   * what this group decided before): the one that holds a fact, or undefined when none does or
   * (which ids never are) several do.
   */
  factStream(idOrStream: string): string | undefined {
    const holding = candidateStreams(idOrStream).filter((stream) => {
      const status = this.streams.get(stream)?.state.status;
      return status !== undefined && status !== "absent";
    });
    return holding.length === 1 ? holding[0] : undefined;
  }

  /** Every stream loaded or changed, with its state now. */
  streamViews(): IterableIterator<[string, StreamView]> {
    return this.streams.entries();
  }

  context(): DecisionContext {
    return this.facts;
  }

  /** Entities the graph holds under the names the group's commands give (the duplicate check). */
  knowNames(entities: readonly { id: string; kind: NodeKind; name: string; aliases: string[] }[]) {
    this.facts.knowNames(entities);
  }

  begin(): void {
    this.undo = [];
  }

  commit(): void {
    this.undo = undefined;
  }

  rollback(): void {
    for (const step of (this.undo ?? []).reverse()) step();
    this.undo = undefined;
  }

  /** Records a command's events: its stream moves on, and the context with it. */
  applied(stream: string, records: readonly EventRecord[], commandRecord: CommandRecord): void {
    this.advance(stream, records);
    this.journal(this.commands, commandRecord.commandId);
    this.commands.set(commandRecord.commandId, commandRecord);
  }

  /** Moves a loaded stream on by events of its own (decided now, or restored from a backup). */
  advance(stream: string, records: readonly EventRecord[]): void {
    const current = this.stream(stream);
    const state = records.reduce((s, r) => this.catalogue.evolve(s, r.event), current.state);
    this.put(stream, { state, revision: current.revision + records.length });
    if (!this.changed.has(stream)) {
      this.changed.add(stream);
      this.undo?.push(() => this.changed.delete(stream));
    }
  }

  /** The new revision and snapshot of every stream the group's accepted units changed. */
  changedStreams() {
    return [...this.changed].map((id) => {
      const { state, revision } = this.stream(id);
      return { id, revision, snapshot: JSON.stringify(state), snapshotVersion: SNAPSHOT_VERSION };
    });
  }

  /** Article states this group registered or read, for the process's cache. */
  articleStates(): [string, StreamView][] {
    return [...this.streams].filter(
      ([id, view]) => id.startsWith("article-") && view.state.status !== "absent",
    );
  }

  private put(stream: string, view: StreamView): void {
    this.journal(this.streams, stream);
    this.streams.set(stream, view);
    const undo = this.facts.apply(view.state);
    this.undo?.push(undo);
  }

  /** While a unit is open, remembers how to put a map's entry back as it was. */
  private journal<K, V>(map: Map<K, V>, key: K): void {
    if (!this.undo) return;
    if (map.has(key)) {
      const previous = map.get(key) as V;
      this.undo.push(() => map.set(key, previous));
    } else {
      this.undo.push(() => map.delete(key));
    }
  }
}
