import { countryStory } from "./countries";
import type { EntityRecord, NodeRecord } from "./factRecords";
import { cooperation } from "./partnerships";
import { REAL_COUNTRIES, type AgencySpec } from "./realWorld";
import { slug } from "./slug";
import type { Story } from "./Story";

/** One of the station's partner agencies, with its country and headquarters. */
export function registerRealAgency(story: Story, spec: AgencySpec): boolean {
  const world = story.world;
  const agency = story.registerEntity(
    "Agency",
    `agency-${spec.key}`,
    spec.name,
    `${spec.name} (${spec.short}) is one of the station's partner agencies`,
    { aliases: [spec.short] },
  );
  agency.short = spec.short;
  world.agencyByKey.set(spec.key, agency);
  agency.country = spec.country ? world.countryByKey.get(spec.country) : undefined;
  for (const country of world.ofKind("Country")) {
    if (REAL_COUNTRIES.find((c) => c.key === country.key)?.agency === spec.key) {
      country.agency = agency;
    }
  }
  const country = spec.country ? world.countryByKey.get(spec.country) : undefined;
  const headquarters = world
    .ofKind("Place")
    .find((p) => p.id === story.id(`place-${spec.headquarters}`));
  story.soon(
    () => ofCountry(story, agency, country, (c) => `${spec.short} is ${c.label}'s space agency`),
    () =>
      !!story.link(
        "LOCATED_IN",
        agency,
        headquarters,
        (a, p) => `${spec.short} has its headquarters in ${p.label}`,
      ),
  );
  return true;
}

/** A country without a space agency founds one, which soon cooperates with an older one. */
export function agencyStory(story: Story): boolean {
  const world = story.world;
  const country = world.countriesWithoutAgency.shift();
  if (!country) return countryStory(story);
  const name = `${country.short} Space Agency`;
  const short = name
    .split(" ")
    .map((word) => word.charAt(0))
    .join("");
  // Initials are often another agency's too (CSA): said to be another, not refused as one.
  const agency = story.registerEntity(
    "Agency",
    `agency-${slug(name)}`,
    name,
    `${country.short} officials founded the ${name} to take part in the station programme`,
    { aliases: [short], distinctFrom: world.names.namesakes(story.tagged(short)) },
  );
  agency.short = name;
  agency.country = country;
  country.agency = agency;
  const partner = world.hub(world.ofKind("Agency").slice(0, 5), 1.5);
  story.soon(
    () => ofCountry(story, agency, country, (c) => `The ${agency.label} belongs to ${c.label}`),
    () => cooperation(story, agency, partner),
  );
  return true;
}

/** The agency is its country's: told once, never withdrawn. */
function ofCountry(
  story: Story,
  agency: EntityRecord,
  country: EntityRecord | undefined,
  sentence: (country: NodeRecord) => string,
): boolean {
  return !!story.link("BELONGS_TO", agency, country, (_a, c) => sentence(c), {
    retractable: false,
  });
}
