import type { ArticleBundle } from "../../src/seed/seedFolder";
import { SeededRandom } from "../../tools/stories/SeededRandom";
import { worldStory } from "../../tools/stories/worldStory";
import type { ClientStep } from "./chaosOperations";

/** Facts per article a writer tells. */
const FACTS_PER_ARTICLE = 12;
/** More articles than any run tells: the world's calendar spreads them over 40 years. */
const ARTICLES = 100_000;
/** Share of articles sent whole through ingestArticle; the others command by command. */
const INGESTED_WHOLE = 0.2;

/**
 * What one writer client sends: a world of its own told by the story generator (tools/stories:
 * agencies and their people, crew rotations, dockings, incidents and their updates,
 * statements, corroborations, corrections, retractions), under ids that carry the writer's
 * number. Its articles go as commands one by one, each with a command id of its own, or now and
 * then whole (ingestArticle). Each command refers only to what this writer stated before, so
 * every one is accepted whatever the other writers do meanwhile: a refusal means the service
 * lost or duplicated something (a retry of a command that had been executed, refused as
 * "already registered", for one). Sent in order, each once acknowledged.
 */
export class WriterStory {
  private readonly articles: Iterator<ArticleBundle>;
  /** Whether to send an article whole: a stream of numbers of its own. */
  private readonly random: SeededRandom;
  private readonly pending: ClientStep[] = [];
  private serial = 0;

  constructor(
    readonly client: number,
    seed: number,
  ) {
    const driver = worldStory({
      seed,
      stream: client + 1,
      idPrefix: `c${client}-`,
      plan: { articles: ARTICLES, factsPerArticle: FACTS_PER_ARTICLE, lastArticleFacts: 0 },
    });
    this.articles = driver.articles()[Symbol.iterator]();
    // Not 1000 + client: the chaos run draws its writers' re-sends from those.
    this.random = new SeededRandom(seed, 2000 + client);
  }

  /** The next step: an article whole, or its registration, or one of its facts. */
  next(): ClientStep {
    if (this.pending.length === 0) {
      const next = this.articles.next();
      if (next.done) throw new Error(`writer ${this.client} has told all its articles`);
      const { article, facts } = next.value;
      if (this.random.chance(INGESTED_WHOLE)) return { kind: "article", article, facts };
      this.pending.push(
        this.command(article),
        ...facts.map(({ command }) => this.command(command)),
      );
    }
    return this.pending.shift()!;
  }

  private command(command: ArticleBundle["article"] | ArticleBundle["facts"][number]["command"]) {
    return { kind: "command", command, commandId: `c${this.client}-cmd${++this.serial}` } as const;
  }
}
