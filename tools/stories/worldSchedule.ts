import { registerRealAgency } from "./agencies";
import { registerCountry } from "./countries";
import { startExpedition } from "./crewRotation";
import { undock } from "./docking";
import { organizationStory } from "./newsOrganizations";
import { cooperation, operates } from "./partnerships";
import { placeStory } from "./places";
import { GATEWAY_MODULES, REAL_AGENCIES, REAL_COUNTRIES } from "./realWorld";
import { moduleStory, registerModule, registerSegment } from "./stationHardware";
import type { Story } from "./Story";

/**
 * What the world's calendar brings at the start of an article: its beginning (the partners,
 * the station, its first modules and crew), a second station a third of the way through, the
 * next expedition when the crew's stay is over, the undocking of vehicles whose stay is.
 */
export function scheduleArticle(story: Story, index: number, articles: number): void {
  const world = story.world;
  if (index === 0) beginWorld(story);
  if (index === Math.floor(articles / 3) && index > 0) buildSecondStation(story);
  const expedition = world.expedition;
  if (expedition && story.day >= expedition.end && expedition.settled === expedition.size) {
    startExpedition(story, expedition.end);
  }
  const due = world.docked.filter((d) => d.undockDay <= story.day);
  if (due.length > 0) {
    world.docked = world.docked.filter((d) => d.undockDay > story.day);
    for (const { relation, undockDay } of due)
      story.later(() => undock(story, relation, undockDay));
  }
}

function beginWorld(story: Story): void {
  const world = story.world;
  const firstCountries = ["usa", "russia", "japan", "canada", "germany", "france", "italy"];
  for (const key of firstCountries) {
    story.later(() =>
      registerCountry(
        story,
        REAL_COUNTRIES.find((c) => c.key === key)!,
      ),
    );
  }
  for (let i = 0; i < 5; i++) story.later(() => placeStory(story));
  for (const spec of REAL_AGENCIES) story.later(() => registerRealAgency(story, spec));
  for (const key of ["esa", "jaxa", "csa"]) {
    story.later(() =>
      cooperation(story, world.agencyByKey.get("nasa"), world.agencyByKey.get(key)),
    );
  }
  story.later(
    () => organizationStory(story),
    () => organizationStory(story),
  );
  story.later(() =>
    registerStation(
      story,
      "station-iss",
      "International Space Station",
      "The International Space Station, the orbital post run by five space agencies, took shape in orbit",
      ["ISS", "space station"],
      ["nasa", "roscosmos"],
    ),
  );
  story.later(() =>
    registerSegment(story, "russian", "Russian Orbital Segment", world.station(), "russia"),
  );
  story.later(() => registerSegment(story, "us", "US Orbital Segment", world.station(), "usa"));
  for (let i = 0; i < 3; i++) story.later(() => moduleStory(story));
  story.later(() => {
    startExpedition(story, story.day);
    return false;
  });
}

function buildSecondStation(story: Story): void {
  story.later(() =>
    registerStation(
      story,
      "station-lunar-gateway",
      "Lunar Gateway",
      "Construction began on the Lunar Gateway, a smaller station in orbit around the Moon",
      ["Gateway"],
      ["nasa"],
    ),
  );
  story.later(() =>
    registerSegment(
      story,
      "gateway",
      "Gateway Core Segment",
      story.world.ofKind("Station")[1]!,
      "usa",
    ),
  );
  for (const spec of GATEWAY_MODULES) story.later(() => registerModule(story, spec));
}

/** A station takes shape, soon operated by its agencies. */
function registerStation(
  story: Story,
  id: string,
  name: string,
  sentence: string,
  aliases: string[],
  operators: readonly string[],
): boolean {
  const station = story.registerEntity("Station", id, name, sentence, { aliases });
  story.soon(
    ...operators.map((key) => () => operates(story, story.world.agencyByKey.get(key), station)),
  );
  return true;
}
