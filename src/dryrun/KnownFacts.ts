import type { InMemoryFacts } from "../catalogue/InMemoryFacts";
import { factIdOf } from "../domain/streams";

/** An entity as suggestions compare names with it. */
export interface KnownEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** A quote a recorded fact cites. */
export interface Citation {
  factId: string;
  articleId: string;
  quote: string;
}

/**
 * What a dry run's suggestions compare the entries with besides what the run itself decided: the
 * recorded facts, as the graph (or facts held in memory) knows them now.
 */
export interface KnownFacts {
  /** The current entities (retracted ones left out). */
  entities(): Promise<KnownEntity[]>;
  /** The quotes of these articles that recorded facts cite. */
  citations(articleIds: readonly string[]): Promise<Citation[]>;
  /**
   * The streams of recorded facts near these nodes (relations between them; incidents and
   * statements naming them): the dry run reads them too, to find facts an entry repeats.
   */
  nearbyStreams(nodeIds: readonly string[]): Promise<string[]>;
}

/** What facts held in memory know (seed:check without a database, tests). */
export function memoryKnownFacts(facts: InMemoryFacts): KnownFacts {
  const present = () =>
    [...facts.streamsHeld()].filter(([, { state }]) => state.status === "active");
  return {
    entities: async () =>
      present().flatMap(([, { state }]) =>
        state.status !== "absent" && state.category === "entity"
          ? [{ id: state.data.entityId, name: state.data.name, aliases: state.data.aliases }]
          : [],
      ),
    citations: async (articleIds) =>
      present().flatMap(([stream, { state }]) =>
        state.status === "absent"
          ? []
          : state.sources
              .filter((source) => articleIds.includes(source.articleId))
              .map((source) => ({ factId: factIdOf(stream), ...source })),
      ),
    // Memory is small: every fact is near enough.
    nearbyStreams: async () => [...facts.streamsHeld().keys()],
  };
}
