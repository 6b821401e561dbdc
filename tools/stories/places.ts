import type { EntityRecord } from "./factRecords";
import { REAL_PLACES } from "./realWorld";
import { slug } from "./slug";
import type { Story } from "./Story";
import { PLACE_KINDS } from "./storyWords";

/** A place plays a part in the mission: the real ones first, then invented ones. */
export function placeStory(story: Story): boolean {
  const world = story.world;
  while (world.nextRealPlace < REAL_PLACES.length) {
    const spec = REAL_PLACES[world.nextRealPlace]!;
    const country = world.countryByKey.get(spec.country);
    if (!country) break;
    world.nextRealPlace++;
    return registerPlace(story, spec.name, country);
  }
  const country = world.hub(world.ofKind("Country"), 1.5);
  if (!country) return false;
  const name = story.freshName(() => `${world.syntheticWord()} ${story.random.pick(PLACE_KINDS)}`);
  return registerPlace(story, name, country);
}

function registerPlace(story: Story, name: string, country: EntityRecord): boolean {
  const place = story.registerEntity(
    "Place",
    `place-${slug(name)}`,
    name,
    story.random.pick([
      `Teams in ${name} supported the station's operations`,
      `${name} played a part in the mission`,
    ]),
  );
  place.country = country;
  // The real places stay: agencies have their headquarters there.
  place.retractable = story.world.ofKind("Place").length > REAL_PLACES.length;
  if (story.random.chance(0.8)) {
    story.soon(
      () => !!story.link("LOCATED_IN", place, country, (p, c) => `${p.label} is in ${c.label}`),
    );
  }
  return true;
}
