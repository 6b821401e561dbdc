import { capitalise } from "./grammar";
import type { RelationDeclarations } from "./relationDeclarations";
import { RELATION_STORIES, type RelationStory } from "./relationStories";
import type { Story } from "./Story";
import { worldTime } from "./storyCalendar";

/** Relation types the world's structure tells (a module is part of a segment; a vehicle docks). */
const TOLD_BY_THE_STRUCTURE = new Set(["PART_OF", "DOCKED_AT"]);
/** How often a relation type no story of its own tells is the news. */
const GENERIC_WEIGHT = 10;

const STORIES = new WeakMap<RelationDeclarations, readonly (readonly [RelationStory, number])[]>();

/**
 * The relation stories for the declared types, with their weights: the stories of
 * relationStories.ts for the types they tell, then the generic story for each type that no
 * story tells. So a relation type added to the domain's declaration is in the corpus without
 * a story of its own.
 */
export function relationStoriesFor(
  relations: RelationDeclarations,
): readonly (readonly [RelationStory, number])[] {
  let stories = STORIES.get(relations);
  if (!stories) {
    const told = RELATION_STORIES.filter((s) => Object.hasOwn(relations, s.type));
    const untold = Object.keys(relations).filter(
      (type) => !TOLD_BY_THE_STRUCTURE.has(type) && !told.some((s) => s.type === type),
    );
    stories = [...told, ...untold.map((type) => genericRelationStory(type))].map(
      (s) => [s, s.weight] as const,
    );
    STORIES.set(relations, stories);
  }
  return stories;
}

/** A relation on its own: a type not told yet first, otherwise by weight; a few tries. */
export function relationStory(story: Story): boolean {
  const stories = relationStoriesFor(story.relations);
  const unseen = stories.find(([s]) => story.world.unseenRelations.has(s.type))?.[0];
  for (let attempt = 0; attempt < 6; attempt++) {
    const chosen = attempt === 0 && unseen ? unseen : story.random.weighted(stories);
    if (chosen.tell(story)) return true;
  }
  return false;
}

/**
 * Any declared relation type, from a current node of a kind it starts at (recent ones likelier)
 * to one of a kind it ends at (hubs likelier), read with its phrase: "Soyuz MS-3 orbits the
 * International Space Station".
 */
export function genericRelationStory(type: string): RelationStory {
  return {
    type,
    weight: GENERIC_WEIGHT,
    tell(story) {
      const { random, world } = story;
      const { from, to, phrase } = story.relations[type]!;
      const validFrom = worldTime(story.day, "year");
      return !!story.link(
        type,
        world.recentOne(world.nodesOfKind(random.pick(from)), 1),
        world.hub(world.nodesOfKind(random.pick(to)), 1.5),
        (a, b) => `${capitalise(a.label)} ${phrase} ${b.label}`,
        { validFrom },
      );
    },
  };
}
