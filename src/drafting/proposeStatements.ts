import type { StatementKind } from "../domain/vocabulary";
import type { DraftSentence, Span } from "./Draft";
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
    let previous: Speaker | undefined;
    return verbs.map((verb, index): Proposal => {
      const at = sentence.start + verb.index;
      const from = index === 0 ? sentence.start : at;
      const to = verbs[index + 1] ? sentence.start + verbs[index + 1]!.index : sentence.end;
      const clause = quoteOf(context, { start: from, end: to }).replace(/,? (but|and)$/, "");
      const found = speakerOf(context, { start: from, end: to }, at, at + verb[0].length);
      const who = "speakerDescription" in found && index > 0 && previous ? previous : found;
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
        reason: `"${verb[1]}" with ${"speakers" in who ? `its speaker(s) ${who.speakers.join(", ")}` : `"${who.speakerDescription}"`}`,
      };
    });
  });
}

type Speaker = { speakers: string[] } | { speakerDescription: string };

/**
 * Who says it: the person named within 80 characters before the verb, else a name just before it
 * (with the names listed before that one: "Both Roscosmos and NASA have said"), else one after it
 * ("..., Roscosmos said"); without a name, the last words before the verb ("Russian space
 * officials"), or those after it ("said a statement carried by Russian news agencies").
 */
function speakerOf(context: DraftContext, clause: Span, verbAt: number, verbEnd: number): Speaker {
  const named = mentionsIn(context, clause, SPEAKERS);
  const before = named.filter((s) => s.end <= verbAt);
  const speaker =
    before.filter((s) => s.kind === "Person" && verbAt - s.end < 80).at(-1) ??
    before.filter((s) => verbAt - s.end < 30).at(-1) ??
    named.find((s) => s.start > verbAt);
  if (speaker) {
    const list = [speaker];
    for (let i = before.indexOf(speaker) - 1; i >= 0; i -= 1) {
      if (!/^,? (and )?$/.test(context.text.slice(before[i]!.end, list[0]!.start))) break;
      list.unshift(before[i]!);
    }
    return { speakers: list.map((s) => s.entityId) };
  }
  const lastWords = (text: string) => text.trim().split(/\s+/).filter(Boolean).slice(-3).join(" ");
  const described = lastWords(
    context.text
      .slice(clause.start, verbAt)
      .trim()
      .replace(/\b(on|in) \w+$/, "")
      .replace(/(\s+(first|also|later|then|have|has|had|\w+ly))+$/, "")
      .split(/,|\band\b|\u2014/)
      .at(-1)!,
  );
  if (described) return { speakerDescription: described };
  const after = quoteOf(context, { start: verbEnd, end: clause.end }).split(/\s+/).slice(0, 6);
  return { speakerDescription: after.join(" ") || "unnamed" };
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
