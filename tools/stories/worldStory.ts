import {
  INCIDENT_KINDS,
  INCIDENT_UPDATE_KINDS,
  STATEMENT_KINDS,
} from "../../src/domain/vocabulary";
import { DOMAIN_RELATIONS, type RelationDeclarations } from "./relationDeclarations";
import { SeededRandom } from "./SeededRandom";
import { Story } from "./Story";
import { dayOf, spokenTime } from "./storyCalendar";
import { CORPUS_MIX, StoryDriver, type CorpusPlan, type FactMix } from "./StoryDriver";
import { StoryWorld } from "./StoryWorld";

const START_DAY = dayOf("1998-11-20");
const MAX_SPAN_DAYS = 40 * 365;

export interface WorldStoryOptions {
  seed: number;
  /** Another sequence of numbers from the same seed (one per client). */
  stream?: number;
  plan: CorpusPlan;
  /** Before every id, the articles' included: several worlds in one log never share one. */
  idPrefix?: string;
  /** The relation types to tell: the domain's by default. */
  relations?: RelationDeclarations;
  mix?: FactMix;
}

/** A new world (countries, agencies, a station from 1998 on) and the driver that tells it. */
export function worldStory(options: WorldStoryOptions): StoryDriver {
  const { plan, idPrefix = "", relations = DOMAIN_RELATIONS } = options;
  const random = new SeededRandom(options.seed, options.stream);
  const world = new StoryWorld(random, {
    relations: Object.keys(relations),
    incidentKinds: INCIDENT_KINDS,
    updateKinds: INCIDENT_UPDATE_KINDS,
    statementKinds: STATEMENT_KINDS,
  });
  const story = new Story(random, world, relations, START_DAY, idPrefix);
  return new StoryDriver(story, {
    plan,
    mix: options.mix ?? CORPUS_MIX,
    // Several articles a month, over at most 40 simulated years.
    stepDays: Math.min(plan.articles * 10, MAX_SPAN_DAYS) / plan.articles,
    articleId: (index, publishedOn) =>
      `${idPrefix}synthetic-${publishedOn}-${String(index + 1).padStart(6, "0")}`,
    title: (publishedOn, lead) =>
      `Space station report, ${spokenTime(publishedOn).slice(3)}: ${lead ?? "crews, cargo ships and repairs"}`,
    schedule: true,
  });
}
