import type { IncidentUpdateKind } from "../domain/vocabulary";
import {
  datesIn,
  knownIncidentsNamed,
  mentionsIn,
  quoteOf,
  type DraftContext,
  type Proposal,
} from "./DraftContext";

const LEAK = /\bleak(s|ed|ing)?\b/i;
const HARDWARE = ["Module", "Vehicle", "Component", "Segment"] as const;
/** What a sentence says of an incident already reported, by the words that say it. */
const UPDATES: [RegExp, IncidentUpdateKind][] = [
  [/\b(has |have )?(slightly )?increased\b/i, "LEAK_INCREASED"],
  [/\blocated\b.*\bsource\b/i, "SOURCE_LOCATED"],
  [/\battempted to (fix|repair)\b/i, "REPAIR_ATTEMPTED"],
  [/\b(flow|leak) point\b.*\bfound\b/i, "LEAK_POINT_FOUND"],
  [/\b(resulted from|caused by)\b/i, "CAUSE_DETERMINED"],
  [/\b(monitoring|operating normally)\b/i, "STATUS_CONFIRMED"],
];

/**
 * Incidents: a sentence telling a leak (a coolant leak, an air leak) of hardware it names, with a
 * date, reports one (its world time is that date; what it affected, the hardware named). Updates:
 * a later sentence saying that a leak increased, its source was located, a repair attempted, a
 * point found, a cause determined, or that it is monitored, updates the incident last reported,
 * or else the known incident whose hardware the article names.
 */
export function proposeIncidents(context: DraftContext): Proposal[] {
  const proposals: Proposal[] = [];
  let current = knownIncidentsNamed(context).at(-1)?.incidentId;
  for (const sentence of context.sentences) {
    if (!LEAK.test(sentence.text) && !current) continue;
    const hardware = mentionsIn(context, sentence, HARDWARE);
    // A weekday says when something was said more often than when a leak began.
    const date = datesIn(context, sentence).find(
      (d) => d.precision === "month" || (d.precision === "day" && d.certainty === "asserted"),
    );
    const knownHere = context.gazetteer.incidents.find((i) =>
      hardware.some((h) => i.affected.includes(h.entityId)),
    );
    if (LEAK.test(sentence.text) && hardware.length > 0 && date && !knownHere) {
      const coolant = /coolant/i.test(sentence.text);
      const incidentId = `${hardware[0]!.entityId}-${coolant ? "coolant" : "air"}-leak`;
      proposals.push({
        id: incidentId,
        do: "ReportIncident",
        fields: {
          incidentId,
          kind: coolant ? "COOLANT_LEAK" : "AIR_LEAK",
          title: `${coolant ? "Coolant" : "Air"} leak: ${hardware[0]!.name}`,
          description: quoteOf(context, sentence),
          occurredAt: date.value,
          affected: [...new Set(hardware.map((h) => h.entityId))],
        },
        quote: quoteOf(context, sentence),
        certainty: date.certainty,
        ...(date.note ? { note: date.note } : {}),
        reason: `a ${coolant ? "coolant" : "leak"} of named hardware, dated "${date.text}"`,
      });
      current = incidentId;
      continue;
    }
    if (knownHere) current = knownHere.incidentId;
    const update = UPDATES.find(([pattern]) => pattern.test(sentence.text));
    if (!update || !current || (!LEAK.test(sentence.text) && update[1] !== "LEAK_INCREASED"))
      continue;
    const [, kind] = update;
    proposals.push({
      id: `${current}-${kind.toLowerCase().replace(/_/g, "-")}`,
      do: "RecordIncidentUpdate",
      fields: {
        incidentId: current,
        updateId: `${kind.toLowerCase().replace(/_/g, "-")}${date ? `-${date.value}` : ""}`,
        kind,
        description: quoteOf(context, sentence),
        ...(date ? { occurredAt: date.value } : {}),
      },
      quote: quoteOf(context, sentence),
      certainty: "asserted",
      reason: `"${update[0].source}" of the incident last named`,
    });
  }
  return proposals;
}
