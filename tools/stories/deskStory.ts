import type { Command } from "../../src/catalogue/commands";
import { DOMAIN_RELATIONS, type RelationDeclarations } from "./relationDeclarations";
import { SeededRandom } from "./SeededRandom";
import { Story } from "./Story";
import { spokenTime } from "./storyCalendar";
import { StoryDriver, type FactMix } from "./StoryDriver";
import type { StoryWorld } from "./StoryWorld";

/** Facts per desk article: each client registers an article of its own, then cites it. */
const FACTS_PER_ARTICLE = 24;

/** A desk writes more incidents, corrections and retractions than the corpus's average. */
const DESK_MIX: FactMix = {
  entity: 0.24,
  relation: 0.28,
  incident: 0.1,
  update: 0.09,
  statement: 0.07,
  corroboration: 0.06,
  correction: 0.05,
  retraction: 0.04,
  claim: 0.02,
  alias: 0.015,
  merge: 0.015,
  quantity: 0.02,
};

export interface DeskOptions {
  seed: number;
  client: number;
  count: number;
  /** The day the corpus ended on: the desk's articles come after it. */
  lastDay: number;
  relations?: RelationDeclarations;
}

/**
 * `count` commands of one benchmark client after the corpus: the same stories, told by a desk of
 * its own on a copy of the corpus's world, in articles of its own. It references what the corpus
 * left current, which no client changes, and what it stated itself, under ids carrying its
 * number; it corrects and retracts only its own facts. So any interleaving of several clients'
 * commands is accepted, each client's in its own order.
 */
export function deskCommands(world: StoryWorld, options: DeskOptions): Command[] {
  const { client, count } = options;
  const random = new SeededRandom(options.seed, client + 1);
  const story = new Story(
    random,
    world.copyFor(random),
    options.relations ?? DOMAIN_RELATIONS,
    options.lastDay,
    `client-${client}-`,
  );
  const articles = Math.ceil(count / (FACTS_PER_ARTICLE + 1));
  const driver = new StoryDriver(story, {
    plan: { articles, factsPerArticle: FACTS_PER_ARTICLE, lastArticleFacts: FACTS_PER_ARTICLE },
    mix: DESK_MIX,
    stepDays: 1,
    articleId: (index) => `synthetic-client-${client}-${String(index + 1).padStart(6, "0")}`,
    title: (publishedOn) => `Station desk ${client}, ${spokenTime(publishedOn).slice(3)}`,
    schedule: false,
  });
  const commands: Command[] = [];
  for (const bundle of driver.articles()) {
    commands.push(bundle.article, ...bundle.facts.map((fact) => fact.command));
  }
  return commands.slice(0, count);
}
