import type { IncidentUpdateKind } from "../domain/vocabulary";
import type { DraftDate, DraftSentence } from "./Draft";
import {
  datesIn,
  knownIncidentsNamed,
  mentionsIn,
  quoteOf,
  type DraftContext,
  type Mention,
  type Proposal,
} from "./DraftContext";

const LEAK = /\bleak(s|ed|ing)?\b/i;
const HARDWARE = ["Module", "Vehicle", "Component", "Segment"] as const;
/** What a sentence says of an incident already reported, by the words that say it. */
const UPDATES: [RegExp, IncidentUpdateKind, string][] = [
  [/\b(has |have )?(slightly )?increased\b/i, "LEAK_INCREASED", "says it increased"],
  [
    /\bbelieved to be its source\b|\blocated\b.*\bsource\b/i,
    "SOURCE_LOCATED",
    "says its source was located",
  ],
  [/\battempted to (fix|repair)\b/i, "REPAIR_ATTEMPTED", "says a repair was attempted"],
  [/\b(flow|leak) point\b.*\bfound\b/i, "LEAK_POINT_FOUND", "says a leak point was found"],
  [/\b(resulted from|caused by)\b/i, "CAUSE_DETERMINED", "says what caused it"],
  [/\b(monitoring|operating normally)\b/i, "STATUS_CONFIRMED", "says how it stands"],
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
  const named = knownIncidentsNamed(context).at(-1);
  let current: Current | undefined = named && { incidentId: named.incidentId };
  let lastKind = "AIR_LEAK";
  // "these leaks": the incidents the sentence before reported.
  let before: Current[] = [];
  for (const sentence of context.sentences) {
    const reported: Current[] = [];
    const leakSentence = LEAK.test(sentence.text);
    for (const clause of clausesOf(context, sentence)) {
      const hardware = mentionsIn(context, clause, HARDWARE);
      const knownHere = context.gazetteer.incidents.find((i) =>
        hardware.some((h) => i.affected.includes(h.entityId)),
      );
      // A weekday says when something was said more often than when a leak began.
      const date = datesIn(context, clause).find(
        (d) => d.precision === "month" || (d.precision === "day" && d.certainty === "asserted"),
      );
      if (LEAK.test(clause.text) && hardware.length > 0 && date && !knownHere) {
        const coolant =
          /coolant/i.test(clause.text) ||
          (/similar/.test(clause.text) && lastKind === "COOLANT_LEAK");
        const incident = report(context, clause, hardware, date, coolant);
        proposals.push(incident);
        current = { incidentId: incident.fields.incidentId as string, date: date.value };
        reported.push(current);
        lastKind = incident.fields.kind as string;
        continue;
      }
      if (knownHere) current = { incidentId: knownHere.incidentId };
      if (!current) continue;
      const which =
        /\b(these|both) leaks\b/.test(clause.text) && before.length > 1 ? before : [current];
      for (const [pattern, kind, says] of UPDATES) {
        for (const incident of which) {
          if (!pattern.test(clause.text) || (kind === "STATUS_CONFIRMED" && !leakSentence))
            continue;
          const when = date?.value ?? thatYear(clause.text, incident.date);
          const slug = kind.toLowerCase().replace(/_/g, "-");
          proposals.push({
            id: `${incident.incidentId}-${slug}`,
            do: "RecordIncidentUpdate",
            fields: {
              incidentId: incident.incidentId,
              updateId: `${slug}${when ? `-${when}` : ""}`,
              kind,
              description: quoteOf(context, clause),
              ...(when ? { occurredAt: when } : {}),
            },
            quote: quoteOf(context, clause),
            certainty: "asserted",
            ...(when && !date
              ? { note: `"that year": ${when}, the year of the incident's date.` }
              : {}),
            reason: `${says}, of the incident last named (${incident.incidentId})`,
          });
        }
      }
    }
    before = reported;
  }
  return proposals;
}

interface Current {
  incidentId: string;
  date?: string;
}

function report(
  context: DraftContext,
  clause: DraftSentence,
  hardware: readonly Mention[],
  date: DraftDate,
  coolant: boolean,
): Proposal {
  const incidentId = `${hardware[0]!.entityId}-${coolant ? "coolant" : "air"}-leak`;
  return {
    id: incidentId,
    do: "ReportIncident",
    fields: {
      incidentId,
      kind: coolant ? "COOLANT_LEAK" : "AIR_LEAK",
      title: `${coolant ? "Coolant" : "Air"} leak: ${hardware[0]!.name}`,
      description: quoteOf(context, clause),
      occurredAt: date.value,
      affected: [...new Set(hardware.map((h) => h.entityId))],
    },
    quote: quoteOf(context, clause),
    certainty: date.certainty,
    ...(date.note ? { note: date.note } : {}),
    reason: `a ${coolant ? "coolant leak" : "leak"} of named hardware, dated "${date.text}"`,
  };
}

/** "later that year": the year of the incident's date. */
function thatYear(text: string, incidentDate: string | undefined): string | undefined {
  return /\bthat year\b/.test(text) && incidentDate ? incidentDate.slice(0, 4) : undefined;
}

/** A sentence's clauses: split where ", and", ", but" or ";" join two. */
function clausesOf(context: DraftContext, sentence: DraftSentence): DraftSentence[] {
  const clauses: DraftSentence[] = [];
  let start = sentence.start;
  for (const match of sentence.text.matchAll(/,\s+(?:and|but)\s+|;\s+/g)) {
    const end = sentence.start + match.index;
    clauses.push({ start, end, text: context.text.slice(start, end) });
    start = end + match[0].length;
  }
  clauses.push({ start, end: sentence.end, text: context.text.slice(start, sentence.end) });
  return clauses;
}
