import { capitalise } from "./grammar";
import { cooperation, operates } from "./partnerships";
import type { Story } from "./Story";
import { firstDayOf, spokenTime, worldTime } from "./storyCalendar";

/** A story that states a relation of one type on its own, and how often it is the news. */
export interface RelationStory {
  type: string;
  weight: number;
  tell(story: Story): boolean;
}

/**
 * The relations the news tells on their own, with their sentences; a relation type the domain
 * declares that none of these (nor the world's structure: PART_OF, DOCKED_AT) tells is told by
 * the generic relation story (relationStory.ts).
 */
export const RELATION_STORIES: readonly RelationStory[] = [
  {
    type: "COOPERATES_WITH",
    weight: 30,
    tell(story) {
      const { world, random } = story;
      const parties = world.ofKind(random.chance(0.7) ? "Agency" : "Country");
      return cooperation(story, world.hub(parties, 1.5), world.hub(parties, 1.5));
    },
  },
  {
    type: "MEMBER_OF",
    weight: 15,
    tell(story) {
      const { world, random } = story;
      const person = world.recentOne(world.staff);
      const since = worldTime(story.day, "year");
      return !!story.link(
        "MEMBER_OF",
        person,
        random.chance(0.5)
          ? world.recentOne(world.ofKind("Organization"), 1)
          : world.hub(world.ofKind("Agency")),
        (p, o) => `${p.label} also joined ${o.label} ${spokenTime(since)}`,
        { validFrom: since, role: "adviser", ending: "left" },
      );
    },
  },
  {
    type: "OPERATES",
    weight: 8,
    tell: (story) =>
      operates(
        story,
        story.world.hub(story.world.ofKind("Agency")),
        story.world.hub(story.world.ofKind("Module"), 1.5),
      ),
  },
  {
    type: "BELONGS_TO",
    weight: 6,
    tell: (story) =>
      !!story.link(
        "BELONGS_TO",
        story.world.hub(story.world.ofKind("Module"), 1.5),
        story.world.hub(story.world.ofKind("Country"), 2),
        (m, c) => `${m.label} is owned in part by ${c.label}`,
        { ending: "was transferred away from" },
      ),
  },
  {
    type: "LOCATED_IN",
    weight: 10,
    tell: (story) =>
      !!story.link(
        "LOCATED_IN",
        story.world.recentOne(story.world.ofKind("Organization"), 1),
        story.world.recentOne(story.world.ofKind("Place"), 1),
        (o, p) => `${o.label} opened a bureau in ${p.label}`,
        { ending: "moved out of" },
      ),
  },
  {
    type: "CREW_OF",
    weight: 10,
    tell(story) {
      const validFrom = worldTime(story.day - story.random.int(30, 2000), "year");
      return !!story.link(
        "CREW_OF",
        story.world.recentOne(story.world.astronauts, 1),
        story.world.recentOne(story.world.crewVehicles, 1),
        (p, v) => `${p.label} also flew aboard ${v.label} ${spokenTime(validFrom)}`,
        { validFrom, validTo: validFrom },
      );
    },
  },
  {
    type: "ATTRIBUTED_TO",
    weight: 8,
    tell(story) {
      const incident = story.world.openIncident();
      return !!story.link(
        "ATTRIBUTED_TO",
        incident,
        incident?.module?.agency ?? story.world.hub(story.world.ofKind("Agency")),
        (i, a) => `Reports of ${i.label} came from ${a.label}`,
        {
          certainty: "inferred",
          note: "The article names no source; the agency runs the hardware.",
        },
      );
    },
  },
  {
    type: "FOLLOWED",
    weight: 6,
    tell(story) {
      const a = story.world.openIncident();
      const b = story.world.openIncident();
      if (!a || !b || a === b) return false;
      const [later, earlier] =
        firstDayOf(a.occurredAt) >= firstDayOf(b.occurredAt) ? [a, b] : [b, a];
      return !!story.link(
        "FOLLOWED",
        later,
        earlier,
        (l, e) => `${capitalise(l.label)} followed ${e.label}`,
      );
    },
  },
  {
    type: "MILITARY_ACTIONS_IN",
    weight: 2,
    tell(story) {
      const { world } = story;
      const russia = world.countryByKey.get("russia");
      const ukraine = world.countryByKey.get("ukraine");
      // The first one told is the one the AP article tells of.
      const first = ukraine && !story.linked("MILITARY_ACTIONS_IN", russia?.id, ukraine.id);
      return !!story.link(
        "MILITARY_ACTIONS_IN",
        first ? russia : world.hub(world.ofKind("Country")),
        first ? ukraine : world.hub(world.ofKind("Country"), 1),
        (a, b) => `${a.label}'s military actions in ${b.label} strained cooperation on the station`,
      );
    },
  },
  {
    type: "CITIZEN_OF",
    weight: 5,
    tell(story) {
      const person = story.world.recentOne(story.world.staff);
      return !!story.link(
        "CITIZEN_OF",
        person,
        person?.country,
        (p, c) => `${p.label} holds the citizenship of ${c.label}`,
      );
    },
  },
];
