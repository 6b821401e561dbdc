import type { EntityRecord } from "./factRecords";
import type { Story } from "./Story";

/**
 * An article calls an entity another name: a person by their surname, a vehicle by what it
 * carries, an invented place with its country; now and then the name is only inferred.
 */
export function aliasStory(story: Story): boolean {
  const { world, random: r } = story;
  for (let attempt = 0; attempt < 4; attempt++) {
    // Only entities this story registered: a desk names none of another's.
    const entity = world.earlierOf(
      "entity",
      story.articleIndex,
      (e) => e.kind === "Person" || e.kind === "Vehicle" || (e.kind === "Place" && e.retractable),
    );
    if (!entity) return false;
    const alias = story.tagged(otherName(story, entity));
    const taken = entity.aliases.includes(alias) || world.names.taken(alias);
    if (taken || entity.aliases.length >= 40) continue;
    const inferred = r.chance(0.2);
    entity.aliases = [...entity.aliases, alias];
    world.names.add(entity.id, entity.kind, alias);
    story.state(
      "alias",
      inferred
        ? `${alias}, as the article calls ${entity.label} in passing, was at work again`
        : `${entity.label}, known as ${alias}, was in the news again`,
      (source) => ({
        type: "AddAlias",
        entityId: entity.id,
        alias,
        certainty: inferred ? "inferred" : undefined,
        source: inferred
          ? { ...source, note: `The article uses the name without saying whom it names.` }
          : source,
      }),
    );
    return true;
  }
  return false;
}

function otherName(story: Story, entity: EntityRecord): string {
  const name = story.untagged(entity.name);
  switch (entity.kind) {
    case "Person":
      // "Petrov-104": the surname, with the serial that tells namesakes apart.
      return name.split(" ").slice(1).join(" ");
    case "Vehicle":
      return `the ${name} ${entity.crewVehicle ? "crew ship" : "cargo ship"}`;
    default:
      return `${name} in ${entity.country ? story.untagged(entity.country.name) : "the partner countries"}`;
  }
}
