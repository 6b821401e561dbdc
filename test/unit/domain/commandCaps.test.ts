import type { Command } from "../../../src/catalogue/commands";
import { COMMAND_CAPS, requireCommandId } from "../../../src/domain/validate";
import { DomainError } from "../../../src/domain/DomainError";
import {
  ARTICLE_TEXT,
  expectEvents,
  expectRefused,
  givenFixture,
  source,
} from "../../support/domainFixture";

/** Commands are decided under the log's lock: what one may carry is bounded (COMMAND_CAPS). */
describe("what one command may carry", () => {
  const entity = (aliases: string[]): Command => ({
    type: "RegisterEntity",
    entityId: "engineers",
    kind: "Organization",
    name: "Engineers",
    aliases,
    source: source("Engineers later traced it"),
  });
  const many = (n: number) => Array.from({ length: n }, (_, i) => `alias ${i}`);

  it("takes up to the most aliases, and refuses one more", () => {
    expectEvents(givenFixture().execute(entity(many(COMMAND_CAPS.aliases))), [
      { type: "EntityRegistered" },
    ]);
    expectRefused(
      givenFixture(),
      entity(many(COMMAND_CAPS.aliases + 1)),
      "validation",
      "aliases",
      /at most 50/,
    );
  });

  it("refuses a list of ids longer than the cap", () => {
    expectRefused(
      givenFixture(),
      {
        type: "ReportIncident",
        incidentId: "many",
        kind: "AIR_LEAK",
        title: "Many",
        occurredAt: "2021-06",
        affected: Array.from({ length: COMMAND_CAPS.linkedIds + 1 }, () => "dragon"),
        source: source("A coolant leak in the Unity module"),
      },
      "validation",
      "affected",
    );
  });

  it("refuses a quote longer than a sentence or two, and a note as long", () => {
    const long = "x".repeat(COMMAND_CAPS.quoteLength + 1);
    expectRefused(
      givenFixture(),
      { ...entity([]), source: source(long) } as Command,
      "validation",
      "source.quote",
    );
    expectRefused(
      givenFixture(),
      { ...entity([]), source: { ...source("Engineers"), note: long } } as Command,
      "validation",
      "source.note",
    );
  });

  it("refuses a corroboration past the most sources a fact may cite", () => {
    const facts = givenFixture();
    // Distinct quotes of the article: its text's prefixes past "NASA astronaut" (its first source).
    const quotes = new Set<string>();
    for (let length = 16; quotes.size < COMMAND_CAPS.sourcesPerFact - 1; length++)
      quotes.add(ARTICLE_TEXT.slice(0, length).trim());
    for (const quote of quotes)
      facts.execute({ type: "CorroborateFact", factId: "entity-nasa", source: source(quote) });
    expectRefused(
      facts,
      { type: "CorroborateFact", factId: "entity-nasa", source: source("NASA said") },
      "illegal_state",
      "factId",
      /100 sources/,
    );
  });

  it("refuses a command id longer than the cap", () => {
    expect(requireCommandId("c".repeat(COMMAND_CAPS.commandIdLength))).toHaveLength(200);
    expect(() => requireCommandId("c".repeat(200_000))).toThrow(DomainError);
  });
});
