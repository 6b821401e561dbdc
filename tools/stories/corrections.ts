import type { EntityRecord, FactRecord, IncidentRecord } from "./factRecords";
import { article, capitalise } from "./grammar";
import type { Story } from "./Story";
import { firstDayOf, spokenTime, worldTime } from "./storyCalendar";
import { summaryOf } from "./summaryOf";

const TITLE_ADJECTIVES = ["Slow", "Minor", "Persistent", "Intermittent", "Serious"];

/**
 * A later article corrects an earlier fact to a new value: an entity's description or names, a
 * relation's end, an incident's title or date, what a statement was about.
 */
export function correctionStory(story: Story): boolean {
  for (let attempt = 0; attempt < 8; attempt++) {
    const fact = story.world.earlierFact(story.articleIndex);
    if (!fact) return false;
    if (tryCorrection(story, fact)) return true;
  }
  return false;
}

function tryCorrection(story: Story, fact: FactRecord): boolean {
  const r = story.random;
  switch (fact.category) {
    case "entity": {
      if (r.chance(0.6)) {
        const descriptor = summaryOf(fact, story.relations).slice(fact.name.length + 4);
        const description = capitalise(`${descriptor}, as of ${worldTime(story.day, "month")}`);
        if (description === fact.description) return false;
        fact.description = description;
        return story.correct(
          fact,
          `An earlier report described ${fact.name} wrongly: it is ${descriptor}`,
          { description },
          "The earlier description was wrong.",
        );
      }
      const alias = aliasOf(fact);
      if (alias === fact.name || fact.aliases.includes(alias)) return false;
      fact.aliases = [...fact.aliases, alias];
      story.world.names.add(fact.id, fact.kind, alias);
      return story.correct(
        fact,
        `${fact.name} is also known as ${alias}`,
        { aliases: fact.aliases },
        "The earlier report left out a name it is known by.",
      );
    }
    case "relation": {
      if (!fact.ending || fact.validTo) return false;
      const validTo = story.when(story.day, [
        ["day", 1],
        ["month", 1],
      ]);
      fact.validTo = validTo;
      return story.correct(
        fact,
        `${fact.from.label} ${fact.ending} ${fact.to.label} ${spokenTime(validTo)}`,
        { validTo },
        "A later report says the relation has ended.",
      );
    }
    case "incident": {
      if (r.chance(0.5)) {
        const adjective = r.pick(TITLE_ADJECTIVES);
        const title = `${adjective} ${fact.phrase} in ${fact.target.name}`;
        if (title === fact.title) return false;
        fact.title = title;
        return story.correct(
          fact,
          `Officials later described ${fact.label} as ${article(adjective)} ${adjective.toLowerCase()} ${fact.phrase}`,
          { title },
          "Officials gave a more precise account of the incident.",
        );
      }
      const first = firstDayOf(fact.occurredAt);
      const latest = Math.min(story.day, fact.firstUpdateDay);
      const occurredAt =
        fact.occurredAt.length < 10
          ? worldTime(
              first +
                r.int(
                  0,
                  Math.max(0, Math.min(latest - first, fact.occurredAt.length === 4 ? 364 : 27)),
                ),
            )
          : worldTime(first - r.int(1, 5));
      if (occurredAt === fact.occurredAt) return false;
      fact.dated(occurredAt, "deprecated");
      return story.correct(
        fact,
        `${capitalise(fact.label)} in fact began ${spokenTime(occurredAt)}`,
        { occurredAt },
        "A later report dated the incident more precisely.",
      );
    }
    case "statement": {
      const station = story.world.station();
      const module = fact.about.find((a): a is IncidentRecord => a.category === "incident")?.module;
      const added = module && !fact.about.includes(module) ? module : station;
      if (fact.about.includes(added) || !added.alive || !fact.about.every((a) => a.alive)) {
        return false;
      }
      fact.about = [...fact.about, added];
      return story.correct(
        fact,
        `The remarks of ${fact.speaker} also concerned ${added.label}`,
        { about: fact.about.map((a) => a.id) },
        "The earlier report left out what else the statement was about.",
      );
    }
  }
}

/** Another name an entity is known by: "S. Furukawa", "the Zvezda block". */
function aliasOf(entity: EntityRecord): string {
  switch (entity.kind) {
    case "Person": {
      const [first, ...rest] = entity.name.split(" ");
      return `${first!.charAt(0)}. ${rest.join(" ")}`;
    }
    case "Module":
      return `the ${entity.name} block`;
    case "Vehicle":
      return `the ${entity.name} spacecraft`;
    default:
      return `${entity.name} (${entity.country?.name ?? "station programme"})`;
  }
}
