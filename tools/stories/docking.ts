import type { EntityRecord, RelationRecord } from "./factRecords";
import { operates } from "./partnerships";
import type { VehicleFamily } from "./realWorld";
import { slug } from "./slug";
import type { Story } from "./Story";
import { spokenTime, worldTime } from "./storyCalendar";

/** When a vehicle flew: a historical stay is told as done, an open one ends at an undocking. */
export interface VehicleTimes {
  launch: number;
  dock: number;
  undock: number;
  historical?: boolean;
}

/**
 * A vehicle of a family is launched and docks at a port of the station (or at the station);
 * its undocking is told when its day comes (undock).
 */
export function vehicleStory(
  story: Story,
  family: VehicleFamily,
  times: VehicleTimes,
): EntityRecord {
  const { world, random } = story;
  const serial = (world.familySerials.get(family.prefix) ?? 0) + 1;
  world.familySerials.set(family.prefix, serial);
  const name = `${family.prefix}${serial}`;
  const agency = world.agencyByKey.get(family.agency);
  const what = family.crew ? "crew ship" : "cargo ship";
  const vehicle = story.registerEntity(
    "Vehicle",
    `vehicle-${slug(name)}`,
    name,
    `${agency?.short ?? "The partners"} launched the ${what} ${name} ${spokenTime(worldTime(times.launch))}`,
    { description: `A ${what} of ${agency?.short ?? "the partners"}` },
  );
  vehicle.crewVehicle = family.crew;
  if (family.crew) world.crewVehicles.push(vehicle);
  if (random.chance(0.6)) story.soon(() => operates(story, agency, vehicle));
  if (random.chance(0.2)) {
    const owner = family.country ? world.countryByKey.get(family.country) : agency;
    story.soon(
      () =>
        !!story.link("BELONGS_TO", vehicle, owner, (v, o) => `${v.label} belongs to ${o.label}`),
    );
  }
  const port = random.chance(0.9) ? world.hub(world.ports, 1.5) : world.station();
  if (times.historical) {
    const validFrom = worldTime(times.dock, "month");
    const validTo = worldTime(times.undock, "month");
    story.soon(
      () =>
        !!story.link(
          "DOCKED_AT",
          vehicle,
          port,
          (v, p) =>
            `${v.label} was docked at ${p.label} from ${spokenTime(validFrom).slice(3)} to ${spokenTime(validTo).slice(3)}`,
          { validFrom, validTo, retractable: false },
        ),
    );
  } else {
    const validFrom = worldTime(times.dock);
    story.soon(() => {
      const relation = story.link(
        "DOCKED_AT",
        vehicle,
        port,
        (v, p) => `${v.label} docked at ${p.label} ${spokenTime(validFrom)}`,
        { validFrom, retractable: false },
      );
      if (relation) world.docked.push({ relation, undockDay: times.undock });
      return !!relation;
    });
  }
  return vehicle;
}

/** The vehicle undocked: its stay at the port ends (a correction of its validTo). */
export function undock(story: Story, relation: RelationRecord, day: number): boolean {
  if (!relation.alive) return false;
  const validTo = worldTime(day);
  relation.validTo = validTo;
  return story.correct(
    relation,
    `${relation.from.label} undocked from ${relation.to.label} ${spokenTime(validTo)}`,
    { validTo },
    "The vehicle undocked; its stay at the port ended.",
  );
}
