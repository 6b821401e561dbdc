import type { EntityRecord } from "./factRecords";
import { slug } from "./slug";
import type { Story } from "./Story";

/**
 * A person is registered twice, the second time surname first ("Petrov-104, Ivan", which the
 * duplicate check does not take for "Ivan Petrov-104"), and the editor soon merges the second
 * into the first (MergeEntities). Now and then a later article shows the merge was wrong, and
 * it is undone (UnmergeEntities): always the world's first, so that every world that merges
 * also unmerges.
 */
export function mergeStory(story: Story): boolean {
  const { world, random: r } = story;
  const wrong = world.wrongMerges[0];
  if (wrong && wrong.article < story.articleIndex) {
    world.wrongMerges.shift();
    return unmerge(story, wrong.duplicate, wrong.survivor);
  }
  // Only people this story registered: a desk merges nothing of another's.
  const person = world.earlierOf("entity", story.articleIndex, (e) => e.kind === "Person");
  if (!person) return false;
  const [first, ...rest] = story.untagged(person.name).split(" ");
  const name = `${rest.join(" ")}, ${first}`;
  if (world.names.taken(story.tagged(name))) return false;
  const duplicate = story.registerEntity(
    "Person",
    `person-${slug(name)}`,
    name,
    `${name}, ${person.description ?? "an official"}, was quoted in the report`,
    { description: person.description, unlisted: true, category: "merge" },
  );
  story.soon(() => {
    if (!person.alive) return false;
    story.state(
      "merge",
      `${duplicate.name}, as one report wrote the name, is ${person.name}`,
      (source) => ({
        type: "MergeEntities",
        entityId: duplicate.id,
        into: person.id,
        reason: "One person, registered a second time under the name written surname first.",
        source,
      }),
    );
    if (world.unmerges === 0 || r.chance(0.15)) {
      world.unmerges++;
      world.wrongMerges.push({ duplicate, survivor: person, article: story.articleIndex });
    }
    return true;
  });
  return true;
}

function unmerge(story: Story, duplicate: EntityRecord, survivor: EntityRecord): boolean {
  story.state(
    "merge",
    `${duplicate.name} is not ${survivor.name} but a namesake, the agency said`,
    (source) => ({
      type: "UnmergeEntities",
      entityId: duplicate.id,
      reason: "Two people of one name: the merge was wrong.",
      source,
    }),
  );
  return true;
}
