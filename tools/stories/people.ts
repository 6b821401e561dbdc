import type { EntityRecord } from "./factRecords";
import { article, capitalise } from "./grammar";
import { FIRST_NAMES, LAST_NAMES } from "./personNames";
import { REAL_COUNTRIES } from "./realWorld";
import { slug } from "./slug";
import type { Story } from "./Story";
import { worldTime } from "./storyCalendar";
import { STAFF_ROLES } from "./storyWords";

/** Where most people of the corpus come from: the station's big partners. */
const CORE_COUNTRIES: readonly (readonly [string, number])[] = [
  ["usa", 35],
  ["russia", 30],
  ["japan", 8],
  ["canada", 5],
  ["germany", 8],
  ["france", 8],
  ["italy", 6],
];
const SPEAKING_ROLES = new Set(["spokesperson", "official", "flight director", "program manager"]);

/** Mostly the big partners (so their agencies become hubs); crews only from countries with an agency. */
function personCountry(story: Story, crew: boolean): EntityRecord | undefined {
  const { world, random } = story;
  if (random.chance(crew ? 0.9 : 0.6)) {
    const core = world.countryByKey.get(random.weighted(CORE_COUNTRIES));
    if (core) return core;
  }
  const country = world.hub(world.ofKind("Country"), 2);
  return crew && !country?.agency ? world.countryByKey.get("usa") : country;
}

/**
 * A person of an agency (or a correspondent of a news organisation) is named, soon with their
 * membership and citizenship; a crew member trains for a flight. The person, or undefined.
 */
export function personStory(story: Story, crew: boolean): EntityRecord | undefined {
  const { world, random } = story;
  const country = personCountry(story, crew);
  if (!country) return undefined;
  const spec = REAL_COUNTRIES.find((c) => c.key === country.key);
  const names = spec?.names ?? "synthetic";
  const serial = ++world.personSerial;
  const name = `${random.pick(FIRST_NAMES[names])} ${random.pick(LAST_NAMES[names])}-${serial}`;
  const organizations = world.ofKind("Organization");
  const correspondent = !crew && organizations.length > 0 && random.chance(0.06);
  const role = crew
    ? country.key === "russia"
      ? "cosmonaut"
      : "astronaut"
    : correspondent
      ? "correspondent"
      : random.weighted(STAFF_ROLES);
  const employer = correspondent
    ? world.recentOne(organizations, 1)
    : (country.agency ?? world.hub(world.ofKind("Agency")));
  const employerName = employer?.short ?? employer?.name ?? "the partners";
  const person = story.registerEntity(
    "Person",
    `person-${slug(name)}`,
    name,
    crew
      ? `${name}, a ${country.short} ${role}, trained for a flight to the station`
      : random.pick([
          `${employerName} ${role} ${name} briefed reporters on the station's work`,
          `${name}, a ${country.short} ${role}, joined the ${employerName} team`,
          `${capitalise(role)} ${name} of ${employerName} spoke about the station`,
        ]),
    { description: `${capitalise(role)} at ${employerName}` },
  );
  person.role = role;
  person.country = country;
  person.agency = employer;
  person.retractable = !crew;
  if (crew) {
    world.astronauts.push(person);
    world.speakers.push(person);
  } else {
    world.staff.push(person);
    if (SPEAKING_ROLES.has(role)) world.speakers.push(person);
  }
  const since = worldTime(story.day - random.int(0, 15 * 365), "year");
  if (crew || random.chance(0.8)) {
    story.soon(
      () =>
        !!story.link(
          "MEMBER_OF",
          person,
          employer,
          (p, e) => `${p.label} has worked for ${e.label} since ${since}`,
          { validFrom: since, role, ending: crew ? undefined : "left", retractable: !crew },
        ),
    );
  }
  if (crew || random.chance(0.25)) {
    const inferred = random.chance(0.3);
    story.soon(
      () =>
        !!story.link(
          "CITIZEN_OF",
          person,
          country,
          (p, c) =>
            inferred
              ? `${p.label} is ${article(country.short!)} ${country.short} national`
              : `${p.label} is a citizen of ${c.label}`,
          inferred
            ? {
                certainty: "inferred",
                note: `The article gives a nationality (${country.short}), not a citizenship.`,
                retractable: !crew,
              }
            : { retractable: !crew },
        ),
    );
  }
  return person;
}
