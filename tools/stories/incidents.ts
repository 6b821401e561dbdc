import type { IncidentKind } from "../../src/domain/vocabulary";
import { IncidentRecord, type EntityRecord } from "./factRecords";
import { article, capitalise } from "./grammar";
import { slug } from "./slug";
import type { Story } from "./Story";
import { spokenTime } from "./storyCalendar";

/** What the articles call each kind of incident. */
const INCIDENT_PHRASES: Record<IncidentKind, readonly string[]> = {
  AIR_LEAK: ["air leak", "pressure loss"],
  COOLANT_LEAK: ["coolant leak", "ammonia leak"],
  DEFECT: ["crack", "defect", "malfunction"],
  OTHER: ["power outage", "smoke alarm", "computer failure"],
};

/**
 * Something goes wrong in a module (the busiest likelier), one of its components, a docked
 * vehicle or a whole segment, reported by the module's agency; now and then it follows the
 * module's previous incident, or is attributed to the agency.
 */
export function incidentStory(story: Story): boolean {
  const { world, random: r } = story;
  const module = world.hub(world.ofKind("Module"), 2.5);
  if (!module) return false;
  const unseen = [...world.unseenIncidentKinds][0];
  const kind =
    unseen ??
    r.weighted<IncidentKind>([
      ["AIR_LEAK", 25],
      ["COOLANT_LEAK", 25],
      ["DEFECT", 35],
      ["OTHER", 15],
    ]);
  world.unseenIncidentKinds.delete(kind);
  const roll = r.float();
  const component = roll < 0.55 ? world.recentOne(module.components ?? [], 1) : undefined;
  const docked =
    roll >= 0.85 && roll < 0.95 && world.docked.length > 0
      ? r.pick(world.docked).relation
      : undefined;
  let target: EntityRecord = module;
  let affected: EntityRecord[] = [module];
  if (component) {
    target = component;
    affected = [component, module];
  } else if (docked && docked.from.alive) {
    target = docked.from as EntityRecord;
    affected = [target];
  } else if (roll >= 0.95 && module.segment) {
    affected = [module, module.segment];
  }
  const onModule = affected.includes(module) ? module : undefined;
  const phrase = r.pick(INCIDENT_PHRASES[kind]);
  const occurredAt = story.when(story.day - r.int(0, 20), [
    ["day", 6],
    ["month", 3],
    ["year", 1],
  ]);
  const reporter = r.chance(0.8) ? (module.agency ?? world.hub(world.ofKind("Agency"))) : undefined;
  const serial = ++world.incidentSerial;
  const id = story.id(`${slug(onModule ? module.name : target.name)}-${slug(phrase)}-${serial}`);
  const title = capitalise(`${phrase} in ${target.name}`);
  const incident = new IncidentRecord(
    id,
    kind,
    phrase,
    target,
    affected,
    title,
    occurredAt,
    onModule,
    reporter,
    story.articleIndex,
  );
  const who = reporter?.short ?? "flight controllers";
  const sentence = r.pick([
    `${capitalise(who)} reported ${article(phrase)} ${phrase} in ${target.name} ${spokenTime(occurredAt)}`,
    `${capitalise(spokenTime(occurredAt))}, ${article(phrase)} ${phrase} was detected in ${target.name}, ${who} said`,
    `Crews found ${article(phrase)} ${phrase} in ${target.name} ${spokenTime(occurredAt)}, according to ${who}`,
  ]);
  story.state("incident", sentence, (source) => ({
    type: "ReportIncident",
    incidentId: id,
    kind,
    title,
    description: r.chance(0.5)
      ? `${capitalise(article(phrase))} ${phrase} affecting ${affected.map((a) => a.name).join(" and ")}.`
      : undefined,
    occurredAt,
    affected: affected.map((a) => a.id),
    reportedBy: reporter ? [reporter.id] : undefined,
    source,
  }));
  story.leadTitle ??= title;
  world.remember(incident);
  if (onModule) {
    module.incidents++;
    const previous = module.lastIncident;
    module.lastIncident = incident;
    if (previous && r.chance(0.2)) {
      story.soon(
        () =>
          !!story.link(
            "FOLLOWED",
            incident,
            previous,
            (i, p) => `${capitalise(i.label)} came after ${p.label}`,
          ),
      );
    }
  }
  if (reporter && r.chance(0.06)) {
    story.soon(
      () =>
        !!story.link(
          "ATTRIBUTED_TO",
          incident,
          reporter,
          (i, a) => `The first word of ${i.label} came from ${a.label}`,
        ),
    );
  }
  return true;
}
