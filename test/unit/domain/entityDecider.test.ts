import type { CommandOfType } from "../../../src/catalogue/commands";
type RegisterEntity = CommandOfType<"RegisterEntity">;
import { expectEvents, expectRefused, givenFixture, source } from "../../support/domainFixture";

const register = (fields: Partial<RegisterEntity>): RegisterEntity => ({
  type: "RegisterEntity",
  entityId: "engineers",
  kind: "Organization",
  name: "Engineers",
  source: source("Engineers later traced it"),
  ...fields,
});

describe("RegisterEntity", () => {
  it("registers an entity of each kind, asserted unless said otherwise", () => {
    const facts = givenFixture();
    expectEvents(facts.execute(register({ aliases: ["the engineers"] })), [
      {
        type: "EntityRegistered",
        data: {
          entityId: "engineers",
          kind: "Organization",
          name: "Engineers",
          aliases: ["the engineers"],
          certainty: "asserted",
        },
        source: source("Engineers later traced it"),
      },
    ]);
    expect(
      facts.execute(
        register({ entityId: "valve", kind: "Component", name: "valve", certainty: "inferred" }),
      )[0],
    ).toMatchObject({ data: { certainty: "inferred" } });
  });

  it("refuses an empty name", () => {
    expectRefused(givenFixture(), register({ name: "  " }), "validation", "name");
  });

  it("refuses a kind it does not know", () => {
    expectRefused(
      givenFixture(),
      register({ kind: "Spaceship" as never }),
      "validation",
      "kind",
      /not one of/,
    );
  });

  it("refuses an id that is not a slug", () => {
    expectRefused(givenFixture(), register({ entityId: "Engineers!" }), "validation", "entityId");
  });

  it("refuses an id already used, by an entity or by an incident", () => {
    expectRefused(givenFixture(), register({ entityId: "nasa" }), "already_exists", "entityId");
    expectRefused(
      givenFixture(),
      register({ entityId: "unity-leak" }),
      "already_exists",
      "entityId",
    );
  });

  it("refuses a quote that is not in the article", () => {
    expectRefused(
      givenFixture(),
      register({ source: source("Engineers never traced it") }),
      "validation",
      "source.quote",
    );
  });

  it("refuses a source article that is not registered", () => {
    expectRefused(
      givenFixture(),
      register({ source: { articleId: "other", quote: "Engineers" } }),
      "validation",
      "source.articleId",
    );
  });

  it("refuses an alias listed twice or equal to the name", () => {
    expectRefused(givenFixture(), register({ aliases: ["Engineers"] }), "validation", "aliases");
  });

  it("matches quotes across line breaks and runs of spaces", () => {
    const facts = givenFixture();
    expect(() =>
      facts.execute(register({ source: source("Engineers   later\ntraced it") })),
    ).not.toThrow();
  });
});
