import type { DecisionContext } from "../domain/DecisionContext";
import { candidateStreams } from "../domain/streams";
import type { Catalogue } from "./Catalogue";
import { CATALOGUE, type Command, type DomainEvent } from "./commands";
import { FactContext } from "./FactContext";
import { initialState, type FactState } from "./FactState";

/**
 * The whole domain in memory: streams of events and the context decisions need, with no
 * database. Used to check seed files before they are ingested, and by the unit tests.
 */
export class InMemoryFacts {
  private readonly streams = new Map<string, { state: FactState; events: DomainEvent[] }>();
  private readonly facts = new FactContext();

  constructor(private readonly catalogue: Catalogue = CATALOGUE) {}

  /**
   * Decides and applies a command (a fact it names by id found in its stream, as the command
   * handler does); throws its DomainError and changes nothing when refused.
   */
  execute(given: Command): DomainEvent[] {
    const command = this.catalogue.withFactStreams(given, (id) => this.factStream(id)) as Command;
    const stream = this.catalogue.streamOf(command);
    const events = this.catalogue.decide(command, this.state(stream), this.context());
    for (const event of events) this.apply(stream, event as DomainEvent);
    return events as DomainEvent[];
  }

  /** Applies events as if they had been appended before (the "given" of a test). */
  given(stream: string, ...events: DomainEvent[]): this {
    for (const event of events) this.apply(stream, event);
    return this;
  }

  state(stream: string): FactState {
    return this.streams.get(stream)?.state ?? initialState;
  }

  /** The stream holding a fact named by its id or stream, if exactly one does. */
  factStream(idOrStream: string): string | undefined {
    const holding = candidateStreams(idOrStream).filter(
      (stream) => this.state(stream).status !== "absent",
    );
    return holding.length === 1 ? holding[0] : undefined;
  }

  /** Every stream that has events, with its state and events. */
  streamsHeld(): ReadonlyMap<string, { state: FactState; events: readonly DomainEvent[] }> {
    return this.streams;
  }

  events(stream: string): DomainEvent[] {
    return this.streams.get(stream)?.events ?? [];
  }

  context(): DecisionContext {
    return this.facts;
  }

  private apply(stream: string, event: DomainEvent): void {
    const current = this.streams.get(stream) ?? { state: initialState, events: [] };
    const state = this.catalogue.evolve(current.state, event);
    this.streams.set(stream, { state, events: [...current.events, event] });
    this.facts.apply(state);
  }
}
