import { vehicleStory } from "./docking";
import type { EntityRecord, RelationRecord } from "./factRecords";
import { capitalise } from "./grammar";
import { personStory } from "./people";
import { VEHICLE_FAMILIES } from "./realWorld";
import type { Story } from "./Story";
import { spokenTime, worldTime, yearOf } from "./storyCalendar";
import type { Expedition } from "./StoryWorld";

/**
 * An expedition begins: the crew aboard returns to Earth (their stays end), a crew ship brings
 * the next crew (new people, or veterans flying again), each joining the station's crew.
 */
export function startExpedition(story: Story, start: number): void {
  const { world, random } = story;
  const previous = world.expedition;
  for (const relation of previous?.crew ?? []) {
    (relation.from as EntityRecord).aboard = false;
    story.later(() => endCrewStay(story, relation, start, previous!.number));
  }
  const expedition: Expedition = {
    number: (previous?.number ?? 0) + 1,
    start,
    end: start + random.int(150, 200),
    size: random.int(3, 7),
    settled: 0,
    crew: [],
  };
  world.expedition = expedition;
  const year = yearOf(start);
  const families = VEHICLE_FAMILIES.filter((f) => f.crew && f.since <= year);
  let vehicle: EntityRecord | undefined;
  story.later(() => {
    vehicle = vehicleStory(story, random.pick(families), {
      launch: start - 2,
      dock: start,
      undock: expedition.end,
    });
    return true;
  });
  for (let i = 0; i < expedition.size; i++) {
    let person: EntityRecord | undefined;
    story.later(
      () => {
        const veteran = random.chance(0.35) ? veteranOf(story) : undefined;
        if (veteran) {
          person = veteran;
          person.aboard = true;
          return false;
        }
        person = personStory(story, true);
        return true;
      },
      () => joinCrew(story, person, expedition),
      () =>
        !!story.link(
          "CREW_OF",
          person,
          vehicle,
          (p, v) =>
            `${p.label} flew to the station aboard ${v.label} ${spokenTime(worldTime(start - 2))}`,
          { validFrom: worldTime(start - 2), validTo: worldTime(start), retractable: false },
        ),
    );
  }
}

/** A crew member not aboard now, to fly again. */
function veteranOf(story: Story): EntityRecord | undefined {
  const { world, random } = story;
  for (let attempt = 0; attempt < 8 && world.astronauts.length > 0; attempt++) {
    const person = world.astronauts[random.int(0, world.astronauts.length - 1)]!;
    if (person.alive && !person.aboard) return person;
  }
  return undefined;
}

function joinCrew(story: Story, person: EntityRecord | undefined, expedition: Expedition): boolean {
  expedition.settled++;
  if (!person) return false;
  person.aboard = true;
  const validFrom = story.when(expedition.start, [
    ["day", 7],
    ["month", 3],
  ]);
  const relation = story.link(
    "CREW_OF",
    person,
    story.world.station(),
    (p, s) =>
      `${capitalise(person.role ?? "astronaut")} ${p.label} of ${person.agency?.short ?? "the partners"} joined ${s.label}'s crew for Expedition ${expedition.number} ${spokenTime(validFrom)}`,
    { validFrom, suffix: `exp-${expedition.number}`, retractable: false },
  );
  if (!relation) return false;
  expedition.crew.push(relation);
  return true;
}

function endCrewStay(
  story: Story,
  relation: RelationRecord,
  day: number,
  expedition: number,
): boolean {
  if (!relation.alive) return false;
  const validTo = worldTime(day);
  relation.validTo = validTo;
  return story.correct(
    relation,
    `${relation.from.label} returned to Earth ${spokenTime(validTo)}, at the end of Expedition ${expedition}`,
    { validTo },
    `Expedition ${expedition} ended; the stay aboard ended with it.`,
  );
}
