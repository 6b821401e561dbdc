import type { ArticleBundle } from "../../src/seed/seedFolder";
import { aliasStory } from "./aliases";
import { ArticleWriter } from "./ArticleWriter";
import { claimStory } from "./claims";
import { correctionStory } from "./corrections";
import { corroborationStory } from "./corroborations";
import { entityStory } from "./entities";
import { incidentStory } from "./incidents";
import { incidentUpdateStory } from "./incidentUpdates";
import { mergeStory } from "./merges";
import { quantityStory } from "./quantities";
import { REAL_NEWS_AGENCIES, REAL_PLACES } from "./realWorld";
import { relationStory } from "./relationStory";
import { retractionStory } from "./retractions";
import { statementStory } from "./statements";
import type { MixCategory, Story } from "./Story";
import { worldTime } from "./storyCalendar";
import { scheduleArticle } from "./worldSchedule";

/** The share of the facts each kind of fact aims at (articles aside), and its story. */
export type FactMix = Readonly<Record<MixCategory, number>>;

/**
 * The synthetic corpus's mix, as in a real one: disputed dates, other names, merges and figures
 * are a few in a hundred facts.
 */
export const CORPUS_MIX: FactMix = {
  entity: 0.29,
  relation: 0.34,
  incident: 0.08,
  update: 0.09,
  statement: 0.07,
  corroboration: 0.05,
  correction: 0.03,
  retraction: 0.01,
  claim: 0.01,
  alias: 0.008,
  merge: 0.006,
  quantity: 0.016,
};

const STORIES: Record<MixCategory, (story: Story) => boolean> = {
  entity: entityStory,
  relation: relationStory,
  incident: incidentStory,
  update: incidentUpdateStory,
  statement: statementStory,
  corroboration: corroborationStory,
  correction: correctionStory,
  retraction: retractionStory,
  claim: claimStory,
  alias: aliasStory,
  merge: mergeStory,
  quantity: quantityStory,
};

/** How many articles, and how many facts each: the last one is cut so the total is the target. */
export interface CorpusPlan {
  articles: number;
  factsPerArticle: number;
  lastArticleFacts: number;
}

export function planCorpus(events: number, factsPerArticle: number): CorpusPlan {
  const articles = Math.max(1, Math.ceil(events / (factsPerArticle + 1)));
  const lastArticleFacts = Math.max(0, events - (articles - 1) * (factsPerArticle + 1) - 1);
  return { articles, factsPerArticle, lastArticleFacts };
}

/** How a driver publishes: its articles' ids, days, titles, and whether the world's calendar runs. */
export interface Edition {
  plan: CorpusPlan;
  mix: FactMix;
  /** Days between two articles, on average. */
  stepDays: number;
  articleId(index: number, publishedOn: string): string;
  title(publishedOn: string, leadTitle: string | undefined): string;
  /** The world's calendar (its beginning, expeditions, undockings) runs; false for a desk. */
  schedule: boolean;
}

/**
 * The small driver that composes the story modules into articles: each article starts on a
 * later day (with what the world's calendar brings), then each of its facts is the next
 * planned step, or else the kind of fact furthest below its share of the mix, told by its story.
 */
export class StoryDriver {
  private clock: number;
  private emitted = 0;
  private factsBefore = 0;
  /** The events before the middle article: a log position for time-travel reads. */
  midPosition = 0;

  constructor(
    readonly story: Story,
    private readonly edition: Edition,
  ) {
    this.clock = story.day;
  }

  *articles(): Generator<ArticleBundle> {
    const { articles, factsPerArticle, lastArticleFacts } = this.edition.plan;
    for (let index = 0; index < articles; index++) {
      if (index === Math.floor(articles / 2)) this.midPosition = this.emitted;
      this.startArticle(index);
      const facts = index === articles - 1 ? lastArticleFacts : factsPerArticle;
      for (let i = 0; i < facts; i++) this.nextFact();
      this.emitted += 1 + facts;
      this.factsBefore += facts;
      const { writer, leadTitle } = this.story;
      yield writer.finish(this.edition.title(writer.publishedOn, leadTitle));
    }
  }

  private startArticle(index: number): void {
    const story = this.story;
    const random = story.random;
    story.articleIndex = index;
    this.clock += this.edition.stepDays * (0.5 + random.float());
    story.day = Math.floor(this.clock);
    const publisher = random.pick(REAL_NEWS_AGENCIES);
    const dateline = random.pick(REAL_PLACES.slice(0, 12)).name;
    const publishedOn = worldTime(story.day);
    story.writer = new ArticleWriter(
      this.edition.articleId(index, publishedOn),
      publishedOn,
      publisher,
      dateline,
    );
    story.leadTitle = undefined;
    if (this.edition.schedule) scheduleArticle(story, index, this.edition.plan.articles);
  }

  private nextFact(): void {
    const { story, edition } = this;
    const before = story.writer.factCount;
    let done = story.tellPlanned();
    // Otherwise the kind of fact furthest below its share, or the next one if none can be told.
    const total = story.writer.factCount + this.factsBefore + 1;
    const tried = new Set<MixCategory>();
    const categories = Object.keys(edition.mix) as MixCategory[];
    while (!done && tried.size < categories.length) {
      let best: MixCategory | undefined;
      for (const category of categories) {
        if (tried.has(category)) continue;
        if (!best || this.deficit(category, total) > this.deficit(best, total)) best = category;
      }
      tried.add(best!);
      done = STORIES[best!](story);
    }
    if (!done || story.writer.factCount !== before + 1) {
      throw new Error(`the stories wrote ${story.writer.factCount - before} facts for one slot`);
    }
  }

  private deficit(category: MixCategory, total: number): number {
    return this.edition.mix[category] * total - this.story.counts[category];
  }
}
