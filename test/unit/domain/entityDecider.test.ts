import { deciderSpec } from "../../support/deciderSpec";
import { expectEvents, givenFixture, source } from "../../support/domainFixture";

const { command: register, itRefuses } = deciderSpec("RegisterEntity", {
  entityId: "engineers",
  kind: "Organization",
  name: "Engineers",
  source: source("Engineers later traced it"),
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

  itRefuses([
    ["an empty name", { name: "  " }, "validation", "name"],
    ["a kind it does not know", { kind: "Spaceship" as never }, "validation", "kind", /not one of/],
    ["an id that is not a slug", { entityId: "Engineers!" }, "validation", "entityId"],
    ["an id an entity has", { entityId: "nasa" }, "already_exists", "entityId"],
    ["an id an incident has", { entityId: "unity-leak" }, "already_exists", "entityId"],
    [
      "a quote that is not in the article",
      { source: source("Engineers never traced it") },
      "validation",
      "source.quote",
    ],
    [
      "a source article that is not registered",
      { source: { articleId: "other", quote: "Engineers" } },
      "validation",
      "source.articleId",
    ],
    ["an alias equal to the name", { aliases: ["Engineers"] }, "validation", "aliases"],
  ]);

  it("matches quotes across line breaks and runs of spaces", () => {
    const facts = givenFixture();
    expect(() =>
      facts.execute(register({ source: source("Engineers   later\ntraced it") })),
    ).not.toThrow();
  });
});
