import type { EntityKind } from "../../src/domain/nodeKinds";
import { agencyStory } from "./agencies";
import { countryStory } from "./countries";
import { vehicleStory } from "./docking";
import { organizationStory } from "./newsOrganizations";
import { personStory } from "./people";
import { placeStory } from "./places";
import { VEHICLE_FAMILIES } from "./realWorld";
import { componentStory, moduleStory } from "./stationHardware";
import type { Story } from "./Story";
import { yearOf } from "./storyCalendar";

/** How often each kind of entity is the news, as in the articles: people and parts mostly. */
const ENTITY_NEWS: readonly (readonly [EntityKind, number])[] = [
  ["Person", 40],
  ["Component", 34],
  ["Vehicle", 7],
  ["Place", 7],
  ["Organization", 6],
  ["Agency", 0.4],
  ["Country", 0.4],
  ["Module", 1],
];

/** A new entity, with the relations that come with it soon after. */
export function entityStory(story: Story): boolean {
  const { random } = story;
  const kind = random.weighted(ENTITY_NEWS);
  switch (kind) {
    case "Component":
      return componentStory(story) || personStory(story, false) !== undefined;
    case "Vehicle": {
      const year = yearOf(story.day);
      const families = VEHICLE_FAMILIES.filter((f) => f.since <= year);
      const dock = story.day - random.int(0, 5);
      const open = random.chance(0.5);
      const past = dock - random.int(60, 400);
      const family = random.pick(families);
      const stay = family.crew ? random.int(150, 200) : random.int(20, 90);
      vehicleStory(
        story,
        family,
        open
          ? { launch: dock - 2, dock, undock: dock + stay }
          : { launch: past - 2, dock: past, undock: past + stay, historical: true },
      );
      return true;
    }
    case "Place":
      return placeStory(story);
    case "Organization":
      return organizationStory(story);
    case "Agency":
      return agencyStory(story);
    case "Country":
      return countryStory(story);
    case "Module":
      return moduleStory(story) || componentStory(story) || personStory(story, false) !== undefined;
    default:
      return personStory(story, false) !== undefined;
  }
}
