import type { Command } from "../../src/catalogue/commands";
import type { ArticleBundle } from "../../src/seed/seedFolder";
import { clientCommands } from "./clientCommands";
import { CorpusGenerator, planCorpus, type FinalWorld } from "./CorpusGenerator";

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
}
export interface CorpusProbes {
  // ids that exist (current, not retracted) at the end of the corpus, chosen to make meaningful reads:
  stationId: string; // the station most crews are CREW_OF
  agencyId: string; // an agency with many MEMBER_OF members
  moduleId: string; // a module with many incidents (AFFECTED) and a PART_OF chain up to the station
  personId: string; // a person with a path to moduleId within a few hops
  personName: string; // that person's name, for full-text search
  searchPhrase: string; // a word that full-text search over names/quotes finds in many facts
  midPosition: number; // roughly the log position at half the corpus (for time-travel reads), computed as the count of events emitted before the middle article
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
  const { seed, events, factsPerArticle = 500 } = options;
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
  let finished: { probes: CorpusProbes; world: FinalWorld } | undefined;

  function* run(): Generator<ArticleBundle> {
    const generator = new CorpusGenerator(seed, plan);
    let emitted = 0;
    for (const bundle of generator.articles()) {
      emitted += eventsPerCommand(bundle.article);
      for (const { command } of bundle.facts) emitted += eventsPerCommand(command);
      yield bundle;
    }
    if (emitted !== events) throw new Error(`the corpus has ${emitted} events, not ${events}`);
    finished = { probes: generator.probes(), world: generator.finalWorld() };
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
      return clientCommands(finished!.world, seed, client, count);
    },
  };
}

/** How many events a command yields when accepted (1 for every command in this domain), so the generator can count events. */
export function eventsPerCommand(_command: Command): number {
  return 1;
}
