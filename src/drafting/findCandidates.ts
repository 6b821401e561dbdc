import type nlp from "compromise";
import type { EntityKind } from "../domain/nodeKinds";
import type { CandidateEntity, KnownMention, Span } from "./Draft";
import { slugOf } from "./foldText";
import { Gazetteer } from "./Gazetteer";

type View = ReturnType<typeof nlp>;

/** A longer name the text gives a known entity ("the Zvezda service module" of Zvezda). */
export interface AliasCandidate extends Span {
  entityId: string;
  alias: string;
  text: string;
}

type Found = Omit<CandidateEntity, "entityId">;

/** A name found at `start`, written as the text writes it. */
const foundAt = (start: number, name: string, kind: EntityKind, reason: string): Found => ({
  start,
  end: start + name.length,
  kind,
  name,
  text: name,
  reason,
});

const NAME = "[A-Z][\\p{L}'\u2019]+(?: [A-Z][\\p{L}'\u2019]+)?";
/** People named after a role or an agency: "NASA astronauts X and Y", "Commander X". */
const PEOPLE_AFTER_ROLE = new RegExp(
  `\\b(?:[Aa]stronauts?|[Cc]osmonauts?|Commander|Engineer|crewmates?|Agency|manager)\\s+(${NAME}(?:, ${NAME})*(?:,? and ${NAME})?)`,
  "gu",
);
const MODULE = /\b([A-Z][a-z]+) (?:(service|mini-research|research|docking|laboratory) )?module\b/g;
const VEHICLE =
  /\b(Soyuz|Progress|Cygnus|Dragon|Starliner|HTV)(?: (MS-\d+|M-\d+|NG-\d+|\d+)| (crew capsule|crew ship|supply ship|cargo craft|cargo ship|capsule))?\b/g;
/** Named things by the word that says what they are: an agency, a laboratory, a segment, a station. */
const BY_HEAD: { pattern: RegExp; kind: EntityKind; reason: string }[] = [
  {
    pattern: /\b(?:State corporation|space agency) ([A-Z][a-z]+)/g,
    kind: "Agency",
    reason: "an agency by name",
  },
  {
    pattern: /\b([A-Z][a-z]+) \([A-Z][a-z]+\) (?:science )?laboratory/g,
    kind: "Module",
    reason: "a laboratory module by name",
  },
  {
    pattern: /\b((?:Russian|U\.S\.|American|Japanese|European) segment)\b/g,
    kind: "Segment",
    reason: "a segment by name",
  },
  {
    pattern: /\b((?:[A-Z][a-z]+ )+Space Station)\b/g,
    kind: "Station",
    reason: "a station by name",
  },
];
/** Capitalised words that start a sentence or a phrase, not a module's name. */
const NOT_NAMES = new Set(["The", "A", "An", "This", "That", "Each", "Which", "Russian", "Every"]);
/** Capitalised words before a name that make it no person's (Hurricane Laura). */
const NOT_PEOPLE = new Set(["Hurricane", "Storm", "Mission", "Expedition"]);
const AGENCY = /agency|administration|NASA|Roscosmos|\bESA\b|JAXA|space corporation/i;
const MINOR = new Set(["of", "and", "the", "for"]);

/**
 * New entities by pattern: compromise's people, organisations and places, people named after a
 * role ("Russian cosmonauts X, Y and Z"), modules ("the Poisk mini-research module") and vehicles
 * ("Soyuz MS-16", "Progress 86", "a Soyuz crew capsule"); each with its span, kind and a suggested
 * slug. What the gazetteer knows is not proposed again; a longer name of a known module is an
 * alias candidate.
 */
export function findCandidates(
  doc: View,
  text: string,
  known: readonly KnownMention[],
  gazetteer: Gazetteer,
): { candidates: CandidateEntity[]; aliases: AliasCandidate[] } {
  const aliases: AliasCandidate[] = [];
  const found: Found[] = [...byCompromise(doc, text), ...peopleAfterRoles(text)];
  for (const { pattern, kind, reason } of BY_HEAD) {
    for (const match of text.matchAll(pattern)) {
      found.push(foundAt(match.index + match[0].indexOf(match[1]!), match[1]!, kind, reason));
    }
  }
  for (const match of text.matchAll(MODULE)) {
    const name = match[1]!;
    if (NOT_NAMES.has(name)) continue;
    const entity = gazetteer.lookUp(name);
    const start = match.index;
    if (entity && match[2] && !gazetteer.lookUp(match[0])) {
      aliases.push({
        start,
        end: start + match[0].length,
        entityId: entity.entityId,
        alias: match[0],
        text: match[0],
      });
    }
    found.push(foundAt(start, name, "Module", "a module by name"));
  }
  for (const match of text.matchAll(VEHICLE))
    found.push(foundAt(match.index, match[0], "Vehicle", "a vehicle by name"));
  const chosen: CandidateEntity[] = [];
  for (const candidate of found.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    const overlaps = (span: Span) => span.start < candidate.end && candidate.start < span.end;
    if (known.some(overlaps) || chosen.some(overlaps) || gazetteer.lookUp(candidate.name)) continue;
    chosen.push({ ...candidate, entityId: slugOf(candidate.name) });
  }
  // Every further mention of a candidate's name, as the gazetteer finds a known one's.
  const byId = new Map(chosen.map((c) => [c.entityId, c]));
  const names = new Gazetteer(
    [...byId.values()].map((c) => ({ entityId: c.entityId, kind: c.kind, names: [c.name] })),
  );
  for (const mention of names.find(text)) {
    const overlaps = (span: Span) => span.start < mention.end && mention.start < span.end;
    if (known.some(overlaps) || chosen.some(overlaps)) continue;
    chosen.push({
      ...byId.get(mention.entityId)!,
      start: mention.start,
      end: mention.end,
      text: mention.text,
    });
  }
  return { candidates: chosen.sort((a, b) => a.start - b.start), aliases };
}

interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

const JSON_OPTIONS = { offset: true, terms: { offset: true } };

function byCompromise(doc: View, text: string): Found[] {
  const groups: [EntityKind | "org" | "place", unknown[]][] = [
    ["Person", doc.people().json(JSON_OPTIONS) as unknown[]],
    ["org", doc.organizations().json(JSON_OPTIONS) as unknown[]],
    ["place", doc.places().json(JSON_OPTIONS) as unknown[]],
  ];
  return groups.flatMap(([group, matches]) =>
    (matches as { terms: Term[] }[]).flatMap(({ terms }): Found[] => {
      const words = terms.map((term) => term.text.replace(/['\u2019]s$/, ""));
      if (words.some((word) => !MINOR.has(word) && !/^\p{Lu}/u.test(word))) return [];
      if (group === "Person" && (words.length < 2 || NOT_PEOPLE.has(words[0]!))) return [];
      if (words.some((word) => word.includes("."))) return [];
      const first = terms[0]!.offset.start;
      const last = terms[terms.length - 1]!;
      // Up to the last term, without its possessive ("NASA's": NASA).
      const name = text
        .slice(first, last.offset.start + last.offset.length)
        .replace(/['\u2019]s$/, "");
      const kind: EntityKind =
        group === "org"
          ? AGENCY.test(name)
            ? "Agency"
            : "Organization"
          : group === "place"
            ? terms.some((term) => term.tags.includes("Country"))
              ? "Country"
              : "Place"
            : group;
      const what =
        group === "Person" ? "a person" : group === "org" ? "an organisation" : "a place";
      return [foundAt(first, name, kind, `compromise: ${what}`)];
    }),
  );
}

function peopleAfterRoles(text: string): Found[] {
  return [...text.matchAll(PEOPLE_AFTER_ROLE)].flatMap((match) => {
    const listAt = match.index + match[0].length - match[1]!.length;
    return [...match[1]!.matchAll(new RegExp(NAME, "gu"))].flatMap((name): Found[] => {
      if (!name[0].includes(" ") || /^and /.test(name[0])) return [];
      return [foundAt(listAt + name.index, name[0], "Person", "a person named after a role")];
    });
  });
}
