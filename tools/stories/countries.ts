import { cooperation } from "./partnerships";
import { placeStory } from "./places";
import { REAL_COUNTRIES, type CountrySpec } from "./realWorld";
import { slug } from "./slug";
import type { Story } from "./Story";
import { spokenTime, yearOf } from "./storyCalendar";

const MAX_COUNTRIES = 200;

/** A country joins the station programme: the real ones first, then invented ones. */
export function countryStory(story: Story): boolean {
  const world = story.world;
  while (world.nextRealCountry < REAL_COUNTRIES.length) {
    const spec = REAL_COUNTRIES[world.nextRealCountry++]!;
    if (!world.countryByKey.has(spec.key)) return registerCountry(story, spec);
  }
  if (world.ofKind("Country").length >= MAX_COUNTRIES) return placeStory(story);
  const name = story.freshName(() => `${world.syntheticWord()}ia`);
  return registerCountry(story, {
    key: slug(name),
    name,
    adjective: `${name}n`,
    names: "synthetic",
  });
}

export function registerCountry(story: Story, spec: CountrySpec): boolean {
  const world = story.world;
  const year = yearOf(story.day);
  const country = story.registerEntity(
    "Country",
    `country-${spec.key}`,
    spec.name,
    story.random.pick([
      `${spec.name} took part in the station programme ${spokenTime(String(year))}`,
      `${spec.adjective} officials followed the station's work closely`,
    ]),
  );
  country.short = spec.adjective;
  country.key = spec.key;
  world.countryByKey.set(spec.key, country);
  if (spec.agency) {
    country.agency = world.agencyByKey.get(spec.agency);
  } else {
    world.countriesWithoutAgency.push(country);
  }
  const countries = world.ofKind("Country");
  if (countries.length > 7) {
    const partner = world.hub(countries.slice(0, 2), 1);
    story.soon(() => cooperation(story, country, partner));
  }
  return true;
}
