import type { EntityRecord } from "./factRecords";
import { REAL_NEWS_AGENCIES } from "./realWorld";
import { slug } from "./slug";
import type { Story } from "./Story";
import { NEWSPAPER_KINDS } from "./storyWords";

/** A news organisation covers the station: the real news agencies first, then newspapers. */
export function organizationStory(story: Story): boolean {
  const { world, random } = story;
  let name: string | undefined;
  let country: EntityRecord | undefined;
  let short: string | undefined;
  if (world.nextRealOrganization < REAL_NEWS_AGENCIES.length) {
    const spec = REAL_NEWS_AGENCIES[world.nextRealOrganization]!;
    country = world.countryByKey.get(spec.country);
    if (country) {
      world.nextRealOrganization++;
      name = spec.name;
      short = spec.short;
    }
  }
  const places = world.ofKind("Place");
  if (!name) {
    const place = world.recentOne(places, 1);
    country = place?.country ?? world.hub(world.ofKind("Country"));
    name = story.freshName(
      () =>
        `The ${place && random.chance(0.5) ? place.name.split(" ")[0] : world.syntheticWord()} ${random.pick(NEWSPAPER_KINDS)}`,
    );
  }
  const organization = story.registerEntity(
    "Organization",
    `org-${slug(name)}`,
    name,
    `${name} covered the station's operations`,
    short && short !== name ? { aliases: [short] } : {},
  );
  organization.country = country;
  organization.short = short ?? name;
  const place = random.chance(0.6) ? world.recentOne(places, 1) : undefined;
  if (random.chance(0.5)) {
    story.soon(() =>
      place
        ? !!story.link(
            "LOCATED_IN",
            organization,
            place,
            (o, p) => `${o.label} has an office in ${p.label}`,
            { ending: "moved out of" },
          )
        : !!story.link(
            "LOCATED_IN",
            organization,
            country,
            (o, c) => `${o.label} is based in ${c.label}`,
          ),
    );
  }
  if (random.chance(0.2)) {
    story.soon(
      () =>
        !!story.link(
          "BELONGS_TO",
          organization,
          country,
          (o, c) => `${o.label} is owned by the state of ${c.label}`,
        ),
    );
  }
  return true;
}
