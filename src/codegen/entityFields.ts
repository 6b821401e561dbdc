import { incidentsOfCrew, incidentsOfHardware } from "../graph/hardwareIncidents";
import type { Vocabulary } from "../vocabulary/Vocabulary";
import { cypherDirective, described } from "./sdlWriting";

/** The fields every entity has, as the Entity interface and each kind's type declare them. */
export const ENTITY_FIELDS = [
  ["id", "ID!", "The entity's id: a lower-case slug (zvezda, joel-montalbano)."],
  ["kind", "EntityKind!", "Its kind: the same as its type (Module for a module)."],
  ["name", "String!", "The name the article uses, spelt as in it (Zvezda)."],
  ["aliases", "[String!]!", "Other names the article uses (ISS, Zvezda module); may be empty."],
  ["description", "String", "What the article says it is, if it says."],
  [
    "certainty",
    "Certainty!",
    "asserted: the article says it; inferred: it follows from what the article says (see the source's note).",
  ],
  [
    "sources",
    "[String!]!",
    "Ids of the articles that state this fact (the first, then corroborations).",
  ],
  ["quotes", "[String!]!", "The sentences, from those articles, that state it."],
  ["stream", "String!", "The log stream holding this fact's events (entity-<id>)."],
  ["knownSince", "Int!", "Log position from which the service knows this fact."],
  ["correctedAt", "[Int!]!", "Log positions of the corrections of this fact."],
  [
    "eventIds",
    "[ID!]!",
    "Ids of this fact's events (Event.id): its registration, corroborations, corrections.",
  ],
] as const;

/**
 * An entity's history: its stream's events, read from the log (src/graphql/resolvers/
 * historyResolvers.ts), whole (bounded, deprecated) or a page at a time.
 */
export const HISTORY_FIELDS = [
  described(
    "This fact's events, oldest first: its registration, corroborations, corrections. At most 1000.",
    'history: [Event!]! @customResolver(requires: "stream") @deprecated(reason: "Use historyConnection: it pages with cursors and counts the events.")',
    "  ",
  ),
  described(
    "This fact's events, oldest first (by log position), a page at a time (after: pageInfo.endCursor).",
    `historyConnection(
  ${pageArguments("events", "event")}
): HistoryPage! @customResolver(requires: "stream")`,
    "  ",
  ),
];

/**
 * Fields of a kind computed by Cypher from the graph model (the hardware walk, written once in
 * src/graph/hardwareIncidents.ts): a crew member's incidents (on the kinds that can be crew), and
 * on every kind of hardware its own and its parts'.
 */
export function cypherFieldsOf(vocabulary: Vocabulary, kind: string): string[] {
  const fields: string[] = [];
  const crew: readonly string[] = vocabulary.relations.CREW_OF?.from ?? [];
  if (crew.includes(kind)) {
    fields.push(
      described(
        "Incidents of the craft this person is crew of: those that affected it, any of its parts or a\n" +
          "vehicle docked at it, oldest first, at most 1000. With validOn, only crews that may hold on that date count.",
        `incidents(
  "Only crews that may hold on this date: 2024, 2024-02 or 2024-02-29."
  validOn: String
): [Incident!]! ${cypherDirective(incidentsOfCrew("this"), "incident")} ${deprecated("incidentsPage")}`,
        "  ",
      ),
      described(
        "This person's incidents, oldest first, a page at a time (after: pageInfo.endCursor): those of\n" +
          "the craft they are crew of (those that affected it, any of its parts or a vehicle docked at it)\n" +
          "that may have happened while they were crew, and those they reported, or reported an update of.",
        `incidentsPage(
  "Only crews that may hold on this date: 2024, 2024-02 or 2024-02-29."
  validOn: String
  ${pageArguments("incidents", "incident")}
): IncidentsPage! @customResolver(requires: "id")`,
        "  ",
      ),
    );
  }
  if (vocabulary.kindGroups.hardware?.includes(kind)) {
    fields.push(
      described(
        "Incidents of this and of what it is made of: those that affected it, any of its parts (PART_OF,\n" +
          "at any depth) or a vehicle docked at it or at one of its parts, oldest first, at most 1000.",
        `incidentsIncludingParts: [Incident!]! ${cypherDirective(incidentsOfHardware("this"), "incident")} ${deprecated("incidentsIncludingPartsPage")}`,
        "  ",
      ),
      described(
        "Incidents of this and of what it is made of (see incidentsIncludingParts), oldest first, a page\n" +
          "at a time (after: pageInfo.endCursor).",
        `incidentsIncludingPartsPage(
  ${pageArguments("incidents", "incident")}
): IncidentsPage! @customResolver(requires: "id")`,
        "  ",
      ),
    );
  }
  return fields;
}

/** A list's deprecation, naming the connection that pages it. */
function deprecated(connection: string): string {
  return `@deprecated(reason: "Use ${connection}: it pages with cursors and counts the incidents.")`;
}

/** The arguments of a connection of the explore reads: first (50 unless given, 1 to 500) and after. */
function pageArguments(items: string, item: string): string {
  return `"How many ${items}: 1 to 500."
  first: Int! = 50
  "The cursor of the ${item} to continue after (pageInfo.endCursor); the first page without it."
  after: String`;
}
