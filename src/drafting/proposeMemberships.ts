import type { DraftSentence } from "./Draft";
import {
  linkProposal,
  mentionsIn,
  quoteOf,
  stationOf,
  type DraftContext,
  type Mention,
  type Proposal,
} from "./DraftContext";

const ROLE = /\b([Aa]stronauts?|[Cc]osmonauts?|[Ff]light [Ee]ngineer|[Cc]ommander)\s*$/;
const LIST_SEPARATOR = /^(,\s*|,?\s+and\s+|,\s+and\s+)$/;
/** Nationality words: the country, and the agency whose astronauts they usually are (inferred). */
const DEMONYMS: Record<string, { country: string; agency: string }> = {
  Russian: { country: "Russia", agency: "Roscosmos" },
  Japanese: { country: "Japan", agency: "Japan Aerospace Exploration Agency" },
  American: { country: "United States", agency: "NASA" },
};
const CREW = /\b(crew|crewmates|aboard|residents)\b/;

/**
 * Memberships, nationalities and crews of the people a sentence names in a list after a role:
 * "NASA astronauts X and Y" (X MEMBER_OF NASA, role astronaut), "Russian cosmonauts X, Y" (CITIZEN_OF
 * Russia; MEMBER_OF Roscosmos, inferred), "European Space Agency Z" (MEMBER_OF); and, in a sentence
 * about a crew ("the current crew consists of", "X and his crewmates"), CREW_OF the station on the
 * article's date.
 */
export function proposeMemberships(context: DraftContext): Proposal[] {
  return context.sentences.flatMap((sentence) => {
    const people = mentionsIn(context, sentence, ["Person"]);
    return people.flatMap((person) => [
      ...membershipsOf(context, sentence, people, person),
      ...apposition(context, sentence, person),
      ...crewOf(context, sentence, person),
    ]);
  });
}

/** "Joel Montalbano, NASA's station project manager": MEMBER_OF NASA, with the role. */
function apposition(context: DraftContext, sentence: DraftSentence, person: Mention): Proposal[] {
  const after = context.text.slice(person.end, sentence.end);
  const match = /^, (\S+?)['\u2019]s ([a-z ]+?)(?=[,.;]| who\b)/.exec(after);
  if (!match) return [];
  const to = mentionsIn(context, sentence, ["Agency", "Organization"]).find(
    (m) => m.start === person.end + 2,
  );
  if (!to) return [];
  return [
    linkProposal(
      "MEMBER_OF",
      person.entityId,
      to.entityId,
      { role: match[2]!.trim() },
      {
        quote: quoteOf(context, { start: person.start, end: person.end + match[0].length }),
        reason: `"<person>, <organisation>'s <role>"`,
      },
    ),
  ];
}

/** The first person of the list a person is in ("X, Y and Z"). */
function headOfList(context: DraftContext, people: readonly Mention[], person: Mention): Mention {
  let head = person;
  for (;;) {
    const before = people.filter((p) => p.end <= head.start).at(-1);
    if (!before || !LIST_SEPARATOR.test(context.text.slice(before.end, head.start))) return head;
    head = before;
  }
}

function membershipsOf(
  context: DraftContext,
  sentence: DraftSentence,
  people: readonly Mention[],
  person: Mention,
): Proposal[] {
  const head = headOfList(context, people, person);
  const prefix = context.text.slice(sentence.start, head.start);
  const role = ROLE.exec(prefix);
  const beforeRole = role ? prefix.slice(0, role.index).trimEnd() : prefix.trimEnd();
  const roleName = role ? singular(role[1]!) : undefined;
  const quote = quoteOf(context, {
    start: sentence.start + beforeRole.lastIndexOf(" ") + 1,
    end: person.end,
  });
  const proposals: Proposal[] = [];
  const organisation = mentionsIn(context, sentence, ["Agency", "Organization"]).find(
    (m) => m.end === sentence.start + beforeRole.length,
  );
  const link = (
    relation: string,
    to: string,
    certainty: "asserted" | "inferred",
    reason: string,
    note?: string,
  ): Proposal =>
    linkProposal(relation, person.entityId, to, roleName ? { role: roleName } : {}, {
      quote: quoteOf(context, {
        start: organisation?.start ?? sentence.start + beforeRole.lastIndexOf(" ") + 1,
        end: person.end,
      }),
      certainty,
      reason,
      ...(note ? { note } : {}),
    });
  if (organisation)
    proposals.push(
      link(
        "MEMBER_OF",
        organisation.entityId,
        "asserted",
        `"${organisation.name} ${roleName ?? ""}" before a name`.replace(' "', '"'),
      ),
    );
  const demonym = DEMONYMS[beforeRole.split(" ").at(-1) ?? ""];
  if (demonym && role) {
    const country = resolve(context, demonym.country);
    if (country)
      proposals.push(
        link("CITIZEN_OF", country, "asserted", `a nationality before a name ("${quote}")`),
      );
    const agency = resolve(context, demonym.agency);
    if (agency && !organisation)
      proposals.push(
        link(
          "MEMBER_OF",
          agency,
          "inferred",
          "a nationality and a role before a name",
          `The article says "${quote}"; ${demonym.agency} is the agency of ${demonym.country}'s ${roleName}s.`,
        ),
      );
  }
  return proposals;
}

function crewOf(context: DraftContext, sentence: DraftSentence, person: Mention): Proposal[] {
  const station = stationOf(context);
  if (!station || !CREW.test(sentence.text)) return [];
  const role = ROLE.exec(context.text.slice(sentence.start, person.start));
  const extra = {
    ...(role && /ommander/.test(role[1]!) ? { role: "commander" } : {}),
    validFrom: context.publishedOn,
    validTo: context.publishedOn,
  };
  return [
    linkProposal("CREW_OF", person.entityId, station.entityId, extra, {
      quote: quoteOf(context, { start: sentence.start, end: person.end }),
      note: `A crew attested on the article's date (${context.publishedOn}) only.`,
      reason: "a person named in a sentence about a crew",
    }),
  ];
}

/** The id of what a name names: known, or proposed in this draft. */
export function resolve(context: DraftContext, name: string): string | undefined {
  return (
    context.gazetteer.lookUp(name)?.entityId ??
    context.mentions.find((m) => m.name === name)?.entityId
  );
}

function singular(role: string): string {
  return role.toLowerCase().replace(/s$/, "");
}
