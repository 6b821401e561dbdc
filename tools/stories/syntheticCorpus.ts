import type { Command } from "../../src/catalogue/commands";
import type { ArticleBundle } from "../../src/seed/seedFolder";
import { probesOf, type CorpusProbes } from "./corpusProbes";
import { deskCommands } from "./deskStory";
import type { RelationDeclarations } from "./relationDeclarations";
import { planCorpus } from "./StoryDriver";
import type { StoryWorld } from "./StoryWorld";
import { worldStory } from "./worldStory";

export type { CorpusProbes };

/**
 * A seeded, deterministic synthetic corpus for benchmarks at scale (10k to 1M events): a world
 * that grows from 1998 on (agencies, countries, two stations, modules, components, vehicles
 * docking and undocking, crews rotating, incidents and their updates, statements), told in
 * articles where every fact cites a sentence of its own article, with corroborations,
 * corrections and retractions of earlier facts by later articles. Every command is accepted by
 * the domain in order. Ids never collide with the seed article's (they carry a kind prefix).
 */

export interface CorpusOptions {
  seed: number; // same seed + same options => byte-identical output
  events: number; // target total number of events (the corpus stops at the first article boundary at or past it)
  factsPerArticle?: number; // default 500
  /** The relation types to tell: the domain's by default (a test adds one). */
  relations?: RelationDeclarations;
}
export interface SyntheticCorpus {
  /** Articles in ingestion order, generated lazily (memory must stay O(world), not O(events)). */
  articles(): Iterable<ArticleBundle>;
  /** Available after articles() has been fully iterated. */
  probes(): CorpusProbes;
  /** After the whole corpus: `count` single commands for client number `client`, valid whatever order the clients' commands interleave in (each client's own commands run in order), never refused. */
  singleCommands(client: number, count: number): Command[];
}

/** The most facts an article may have: its text (a sentence per fact) must stay under the domain's 200,000 characters. */
export const MAX_FACTS_PER_ARTICLE = 1000;

export function syntheticCorpus(options: CorpusOptions): SyntheticCorpus {
  const { seed, events, factsPerArticle = 500, relations } = options;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}`);
  if (!Number.isSafeInteger(events) || events < 1) {
    throw new RangeError(`events must be a positive integer, not ${events}`);
  }
  if (
    !Number.isSafeInteger(factsPerArticle) ||
    factsPerArticle < 1 ||
    factsPerArticle > MAX_FACTS_PER_ARTICLE
  ) {
    throw new RangeError(
      `factsPerArticle must be an integer from 1 to ${MAX_FACTS_PER_ARTICLE}, not ${factsPerArticle}`,
    );
  }
  const plan = planCorpus(events, factsPerArticle);
  let finished: { probes: CorpusProbes; world: StoryWorld; lastDay: number } | undefined;

  function* run(): Generator<ArticleBundle> {
    const driver = worldStory({ seed, plan, relations });
    let emitted = 0;
    for (const bundle of driver.articles()) {
      emitted += eventsPerCommand(bundle.article);
      for (const { command } of bundle.facts) emitted += eventsPerCommand(command);
      yield bundle;
    }
    if (emitted !== events) throw new Error(`the corpus has ${emitted} events, not ${events}`);
    const world = driver.story.world;
    const lastDay = driver.story.day;
    finished = { probes: probesOf(world, driver.midPosition, lastDay), world, lastDay };
  }

  return {
    articles: () => ({ [Symbol.iterator]: run }),
    probes() {
      if (!finished)
        throw new Error("probes() is available once articles() has been fully iterated");
      return finished.probes;
    },
    singleCommands(client, count) {
      if (!Number.isSafeInteger(client) || client < 0) {
        throw new RangeError(`client must be a non-negative integer, not ${client}`);
      }
      if (!finished) {
        // Only the world at the end of the corpus is needed; its articles are dropped as made.
        for (const _bundle of run()) continue;
      }
      const { world, lastDay } = finished!;
      return deskCommands(world, { seed, client, count, lastDay, relations });
    },
  };
}

/** How many events a command yields when accepted (1 for every command in this domain), so the generator can count events. */
export function eventsPerCommand(_command: Command): number {
  return 1;
}
