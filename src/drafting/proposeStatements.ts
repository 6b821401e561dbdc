import type { StatementKind } from "../domain/vocabulary";
import type { DraftSentence } from "./Draft";
import {
  datesIn,
  knownIncidentsNamed,
  mentionsIn,
  quoteOf,
  stationOf,
  type DraftContext,
  type Proposal,
} from "./DraftContext";
import { resolve } from "./proposeMemberships";

const SPEECH = /\b(said|says|noted|acknowledged|stressed|told|announced|reported|hopes?)\b/g;
const SPEAKERS = ["Person", "Agency", "Organization", "Country"] as const;
const NO_DANGER = /\bno (immediate )?(danger|threat)\b|\bnot (in )?danger\b/i;

function kindOf(verb: string, clause: string): StatementKind {
  if (verb === "acknowledged") return "ACKNOWLEDGEMENT";
  if (NO_DANGER.test(clause) || /\bnot pose\b/.test(clause)) return "ASSESSMENT";
  if (/^hopes?$/.test(verb) || /\b(plan|will)\b/.test(clause)) return "PLAN";
  return "REPORT";
}

/**
 * Statements: each speech verb of a sentence (said, noted, acknowledged, stressed, told) with its
 * speaker, the entity named nearest before it in its clause (or after it: "..., Roscosmos said"),
 * or else the words before it ("Russian space officials"); a sentence without one that judges
 * ("no danger to the crew") is the publisher's own assessment, on the article's date.
 */
export function proposeStatements(context: DraftContext): Proposal[] {
  return context.sentences.flatMap((sentence) => {
    const verbs = [...sentence.text.matchAll(SPEECH)];
    if (verbs.length === 0) return publisherAssessment(context, sentence);
    let previous: { speakers: string[] } | { speakerDescription: string } | undefined;
    return verbs.map((verb, index): Proposal => {
      const at = sentence.start + verb.index;
      const from = index === 0 ? sentence.start : at;
      const to = verbs[index + 1] ? sentence.start + verbs[index + 1]!.index : sentence.end;
      const clause = quoteOf(context, { start: from, end: to }).replace(/,? (but|and)$/, "");
      const speakers = mentionsIn(context, { start: from, end: to }, SPEAKERS);
      const before = speakers.filter((s) => s.end <= at);
      const speaker =
        before.filter((s) => s.kind === "Person" && at - s.end < 80).at(-1) ??
        before.filter((s) => at - s.end < 30).at(-1) ??
        speakers.find((s) => s.start > at);
      const described = context.text
        .slice(from, at)
        .trim()
        .replace(/\b(on|in) \w+$/, "")
        .split(/,|\band\b|\u2014/)
        .at(-1)!
        .trim()
        .split(/\s+/)
        .slice(-3)
        .join(" ");
      // "Both Roscosmos and NASA have said": every speaker of the list.
      const list = speaker
        ? before.filter(
            (s) =>
              s.end <= speaker.start &&
              /^,? (and )?$/.test(context.text.slice(s.end, speaker.start)),
          )
        : [];
      const who = speaker
        ? { speakers: [...list, speaker].map((s) => s.entityId) }
        : index > 0 && previous
          ? previous
          : described
            ? { speakerDescription: described }
            : { speakerDescription: "unnamed" };
      previous = who;
      const date = datesIn(context, { start: from, end: to }).find((d) => d.precision === "day");
      return {
        id: `${"speakers" in who ? who.speakers.join("-") : "statement"}-${verb[1]}`,
        do: "RecordStatement",
        fields: {
          statementId: "",
          kind: kindOf(verb[1]!, clause),
          text: clause,
          ...who,
          ...(date ? { occurredAt: date.value } : {}),
          ...about(context),
        },
        quote: clause,
        certainty: "asserted",
        ...(date?.note ? { note: date.note } : {}),
        reason: `"${verb[1]}" with ${speaker ? `its speaker ${speaker.name}` : `the words before it`}`,
      };
    });
  });
}

function publisherAssessment(context: DraftContext, sentence: DraftSentence): Proposal[] {
  const publisher = resolve(context, context.publisher.replace(/\s*\(.*\)$/, ""));
  if (!publisher || !NO_DANGER.test(sentence.text)) return [];
  const quote = quoteOf(context, sentence);
  return [
    {
      id: `${publisher}-assessment`,
      do: "RecordStatement",
      fields: {
        statementId: "",
        kind: "ASSESSMENT",
        text: quote,
        speakers: [publisher],
        occurredAt: context.publishedOn,
        ...about(context),
      },
      quote,
      certainty: "asserted",
      reason: "a judgement of danger in the publisher's own words",
    },
  ];
}

function about(context: DraftContext): { about?: string[] } {
  const ids = [knownIncidentsNamed(context).at(-1)?.incidentId, stationOf(context)?.entityId];
  const present = ids.filter((id): id is string => id !== undefined);
  return present.length > 0 ? { about: present } : {};
}
