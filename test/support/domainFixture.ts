import { CATALOGUE, type Command, type DomainEvent } from "../../src/catalogue/commands";
import { DomainError, type DomainErrorKind } from "../../src/domain/DomainError";
import { InMemoryFacts } from "../../src/catalogue/InMemoryFacts";
import { rejectionOf } from "./rejectionOf";

/** A small article for domain specs: every quote of a fixture fact occurs in it. */
export const ARTICLE_ID = "fixture-article";
export const ARTICLE_TEXT =
  "NASA astronaut Jane Roe docked the Dragon capsule at the station in May 2021. " +
  "A coolant leak in the Unity module was found in June 2021. " +
  "Engineers later traced it to a cracked valve. " +
  "NASA said the crew was never in danger.";

export const source = (quote: string) => ({ articleId: ARTICLE_ID, quote });

/** The fixture article's registration. */
export const REGISTER_ARTICLE: Extract<Command, { type: "RegisterArticle" }> = {
  type: "RegisterArticle",
  articleId: ARTICLE_ID,
  title: "Fixture",
  publisher: "Test Wire",
  publishedOn: "2021-07-01",
  text: ARTICLE_TEXT,
};

/** NASA's registration, quoting the fixture article. */
export const REGISTER_NASA: Extract<Command, { type: "RegisterEntity" }> = {
  type: "RegisterEntity",
  entityId: "nasa",
  kind: "Agency",
  name: "NASA",
  source: source("NASA astronaut"),
};

/** The DomainError a promise rejects with (it must reject with one). */
export function domainRefusal(promise: Promise<unknown>): Promise<DomainError> {
  return rejectionOf(promise, DomainError);
}

/** given: the article, some entities and an incident, already in the log. */
export function givenFixture(): InMemoryFacts {
  const facts = new InMemoryFacts();
  const commands: Command[] = [
    REGISTER_ARTICLE,
    REGISTER_NASA,
    {
      type: "RegisterEntity",
      entityId: "jane-roe",
      kind: "Person",
      name: "Jane Roe",
      source: source("Jane Roe"),
    },
    {
      type: "RegisterEntity",
      entityId: "station",
      kind: "Station",
      name: "the station",
      source: source("the station"),
    },
    {
      type: "RegisterEntity",
      entityId: "unity",
      kind: "Module",
      name: "Unity",
      source: source("the Unity module"),
    },
    {
      type: "RegisterEntity",
      entityId: "dragon",
      kind: "Vehicle",
      name: "Dragon",
      source: source("the Dragon capsule"),
    },
    {
      type: "ReportIncident",
      incidentId: "unity-leak",
      kind: "COOLANT_LEAK",
      title: "Coolant leak in Unity",
      occurredAt: "2021-06",
      affected: ["unity"],
      source: source("A coolant leak in the Unity module was found in June 2021."),
    },
  ];
  for (const command of commands) facts.execute(command);
  return facts;
}

/** then: the command is refused with this kind of error, naming this field, and appends nothing. */
export function expectRefused(
  facts: InMemoryFacts,
  command: Command,
  kind: DomainErrorKind,
  field?: string,
  message?: RegExp,
): DomainError {
  const stream = streamFor(command);
  const before = facts.events(stream).length;
  let caught: unknown;
  try {
    facts.execute(command);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect({ kind: error.kind, field: error.field }).toEqual({ kind, field: field ?? error.field });
  if (message) expect(error.message).toMatch(message);
  expect(facts.events(stream)).toHaveLength(before);
  return error;
}

/** then: exactly these events (by type and data). */
export function expectEvents(actual: DomainEvent[], expected: object[]): void {
  expect(actual).toMatchObject(expected);
  expect(actual).toHaveLength(expected.length);
}

function streamFor(command: Command): string {
  try {
    return CATALOGUE.streamOf(command);
  } catch {
    return "";
  }
}
