import type { Command } from "../../src/catalogue/commands";
import type { EntityRecord, IncidentRecord } from "./factRecords";
import { capitalise } from "./grammar";
import { slug } from "./slug";
import type { Story } from "./Story";
import { spokenTime, worldTime } from "./storyCalendar";

type Figure = Pick<
  Extract<Command, { type: "RecordQuantity" }>,
  "measure" | "value" | "lowerBound" | "upperBound" | "unit"
>;

/** What a figure is about, and how the sentence gives it. */
interface Told {
  of: EntityRecord | IncidentRecord;
  figure: Figure;
  sentence: string;
}

/**
 * An article gives a figure, in a UCUM unit: a leak's rate (kg/d, [lb_av]/d) or the cabin
 * pressure (mm[Hg]) in an incident, the crew aboard ({person}), a person's years with their
 * agency (a: "more than 20 years" is a lower bound), a docked vehicle's stay (d), a module's
 * mass (t).
 */
export function quantityStory(story: Story): boolean {
  const { world, random: r } = story;
  const told = r.pick([leak, crew, service, stay, mass])(story);
  if (!told) return false;
  const { of, figure, sentence } = told;
  const occurredAt = worldTime(story.day - r.int(0, 3), r.chance(0.5) ? "day" : "month");
  const id = story.id(
    `${slug(of.category === "entity" ? of.name : of.phrase).slice(0, 60)}-${slug(figure.measure)}-${++world.quantitySerial}`,
  );
  story.state("quantity", `${sentence} ${spokenTime(occurredAt)}`, (source) => ({
    type: "RecordQuantity",
    quantityId: id,
    of: of.id,
    ...figure,
    occurredAt,
    source,
  }));
  return true;
}

function leak(story: Story): Told | undefined {
  const r = story.random;
  const incident = story.world.openIncident();
  if (!incident) return undefined;
  if (incident.kind !== "AIR_LEAK" && incident.kind !== "COOLANT_LEAK") {
    const value = round(r.int(700, 760) + r.float(), 1);
    return {
      of: incident,
      figure: { measure: "cabin pressure", value, unit: "mm[Hg]" },
      sentence: `During ${incident.label} the cabin pressure was ${value} millimetres of mercury`,
    };
  }
  const pounds = r.chance(0.3);
  const value = round(0.2 + 3 * r.float(), 2);
  return {
    of: incident,
    figure: { measure: "leak rate", value, unit: pounds ? "[lb_av]/d" : "kg/d" },
    sentence: `${capitalise(incident.label)} lost ${value} ${pounds ? "pounds" : "kilograms"} a day`,
  };
}

function crew(story: Story): Told | undefined {
  const station = story.world.ofKind("Station")[0];
  if (!station?.alive) return undefined;
  const value = story.random.int(2, 7);
  return {
    of: station,
    figure: { measure: "crew aboard", value, unit: "{person}" },
    sentence: `${capitalise(station.label)} had ${value} people aboard`,
  };
}

function service(story: Story): Told | undefined {
  const person = story.world.recentOne(story.world.staff, 1);
  if (!person) return undefined;
  const years = story.random.int(5, 30);
  return {
    of: person,
    figure: { measure: "years of service", lowerBound: years, unit: "a" },
    sentence: `${person.label} has worked in the programme for more than ${years} years`,
  };
}

function stay(story: Story): Told | undefined {
  const docked = story.world.docked.filter((d) => d.relation.alive);
  if (docked.length === 0) return undefined;
  const vehicle = story.random.pick(docked).relation.from as EntityRecord;
  const lower = story.random.int(20, 150);
  const upper = lower + story.random.int(10, 60);
  return {
    of: vehicle,
    figure: { measure: "planned stay", lowerBound: lower, upperBound: upper, unit: "d" },
    sentence: `${capitalise(vehicle.label)} is to stay ${lower} to ${upper} days`,
  };
}

function mass(story: Story): Told | undefined {
  const module = story.world.hub(story.world.ofKind("Module"), 2);
  if (!module) return undefined;
  const value = round(10 + 15 * story.random.float(), 1);
  return {
    of: module,
    figure: { measure: "mass", value, unit: "t" },
    sentence: `The ${module.label} module has a mass of about ${value} tonnes`,
  };
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
