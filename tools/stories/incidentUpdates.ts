import type { IncidentUpdateKind } from "../../src/domain/vocabulary";
import { slug } from "./slug";
import type { Story } from "./Story";
import { firstDayOf, spokenTime } from "./storyCalendar";
import { CAUSES } from "./storyWords";

/**
 * What is learnt of an open incident later: its source located, a repair attempted, another
 * leak point, a leak grown, its cause (once), its state confirmed; leaks have updates of their own.
 */
export function incidentUpdateStory(story: Story): boolean {
  const { world, random: r } = story;
  const incident = world.openIncident();
  if (!incident) return false;
  const leak = incident.kind === "AIR_LEAK" || incident.kind === "COOLANT_LEAK";
  const unseen = [...world.unseenUpdateKinds].find(
    (k) =>
      (leak || (k !== "LEAK_POINT_FOUND" && k !== "LEAK_INCREASED")) &&
      !(k === "CAUSE_DETERMINED" && incident.causeKnown),
  );
  const kind =
    unseen ??
    r.weighted<IncidentUpdateKind>(
      leak
        ? [
            ["SOURCE_LOCATED", 20],
            ["REPAIR_ATTEMPTED", 25],
            ["LEAK_POINT_FOUND", 15],
            ["LEAK_INCREASED", 10],
            ["CAUSE_DETERMINED", incident.causeKnown ? 0 : 15],
            ["STATUS_CONFIRMED", 15],
          ]
        : [
            ["SOURCE_LOCATED", 15],
            ["REPAIR_ATTEMPTED", 35],
            ["CAUSE_DETERMINED", incident.causeKnown ? 0 : 20],
            ["STATUS_CONFIRMED", 30],
          ],
    );
  world.unseenUpdateKinds.delete(kind);
  incident.updates++;
  const first = firstDayOf(incident.occurredAt);
  const day = Math.max(first, story.day - r.int(0, 10));
  const occurredAt = r.chance(0.8)
    ? story.when(day, [
        ["day", 7],
        ["month", 3],
      ])
    : undefined;
  const when = occurredAt ? ` ${spokenTime(occurredAt)}` : "";
  const target = incident.target.name;
  const reporter = r.chance(0.5) ? incident.reporter : undefined;
  let cause: string | undefined;
  let ruledOut: string | undefined;
  let likelihood: string | undefined;
  let sentence: string;
  let description: string;
  switch (kind) {
    case "SOURCE_LOCATED":
      likelihood = r.pick(["believed", "likely", "confirmed"]);
      sentence = `Crew members located what they ${likelihood === "confirmed" ? "confirmed" : "believed"} to be the source of the ${incident.phrase} in ${target}${when}`;
      description = `The crew located the likely source of the ${incident.phrase}.`;
      break;
    case "REPAIR_ATTEMPTED":
      sentence = `The crew attempted to repair the ${incident.phrase} in ${target}${when}`;
      description = `The crew attempted a repair.`;
      break;
    case "LEAK_POINT_FOUND":
      likelihood = "possible";
      sentence = `Another possible leak point was found near ${target}${when}`;
      description = `Another possible leak point was found.`;
      break;
    case "LEAK_INCREASED":
      sentence = `The ${incident.phrase} in ${target} increased${when}, but remained small`;
      description = `The leak increased but remained small.`;
      break;
    case "CAUSE_DETERMINED":
      cause = r.pick(CAUSES);
      ruledOut = r.chance(0.4) ? CAUSES.find((c) => c !== cause) : undefined;
      likelihood = r.pick(["likely", "confirmed"]);
      incident.causeKnown = true;
      sentence = `An investigation found that the ${incident.phrase} in ${target} ${likelihood === "likely" ? "likely " : ""}resulted from ${cause}${ruledOut ? `, not ${ruledOut}` : ""}`;
      description = `The investigation named the cause: ${cause}.`;
      break;
    case "STATUS_CONFIRMED":
      sentence = `Officials confirmed${when} that the ${incident.phrase} in ${target} was under control`;
      description = `The ${incident.phrase} was under control.`;
      break;
  }
  story.state("update", sentence, (source) => ({
    type: "RecordIncidentUpdate",
    incidentId: incident.id,
    updateId: story.id(`${slug(kind)}-${incident.updates}`),
    kind,
    description,
    occurredAt,
    cause,
    ruledOut,
    likelihood,
    reportedBy: reporter?.alive ? [reporter.id] : undefined,
    source,
  }));
  if (occurredAt)
    incident.firstUpdateDay = Math.min(incident.firstUpdateDay, firstDayOf(occurredAt));
  return true;
}
