import type { EntityRecord } from "./factRecords";
import { worldTime } from "./storyCalendar";
import type { StoryWorld } from "./StoryWorld";

/** The timeline probe's window: the corpus's last days, a few dozen entries about the busiest module at any scale. */
const TIMELINE_WINDOW_DAYS = 60;

export interface CorpusProbes {
  // ids that exist (current, not retracted) at the end of the corpus, chosen to make meaningful reads:
  stationId: string; // the station most crews are CREW_OF
  agencyId: string; // an agency with many MEMBER_OF members
  moduleId: string; // a module with many incidents (AFFECTED) and a PART_OF chain up to the station
  personId: string; // a person with a path to moduleId within a few hops
  personName: string; // that person's name, for full-text search
  searchPhrase: string; // a word that full-text search over names/quotes finds in many facts
  midPosition: number; // roughly the log position at half the corpus (for time-travel reads), computed as the count of events emitted before the middle article
  timelineFrom: string; // a window of world time (YYYY-MM-DD) for the timeline read: the corpus's last days
  timelineUntil: string;
}

/** The probes of a world at the end of its corpus: its busiest station, agency, module, a crew member. */
export function probesOf(world: StoryWorld, midPosition: number, lastDay: number): CorpusProbes {
  const station = world.ofKind("Station")[0];
  const agency = maxBy(world.ofKind("Agency").filter(alive), (a) => a.members);
  const module = maxBy(
    world.ofKind("Module").filter((m) => m.alive && m.station === station),
    (m) => m.incidents,
  );
  const crew = world.expedition?.crew.filter((r) => r.alive).map((r) => r.from as EntityRecord);
  const person = crew?.[0] ?? world.astronauts.find(alive);
  if (!station || !agency || !module || !person) {
    throw new Error(
      "the corpus is too small to have probes: generate a few hundred events or more",
    );
  }
  return {
    stationId: station.id,
    agencyId: agency.id,
    moduleId: module.id,
    personId: person.id,
    personName: person.name,
    searchPhrase: module.name,
    midPosition,
    timelineFrom: worldTime(lastDay - TIMELINE_WINDOW_DAYS),
    timelineUntil: worldTime(lastDay),
  };
}

function alive(item: { alive: boolean }): boolean {
  return item.alive;
}

function maxBy<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const item of items) {
    const value = score(item);
    if (value > bestScore) {
      best = item;
      bestScore = value;
    }
  }
  return best;
}
