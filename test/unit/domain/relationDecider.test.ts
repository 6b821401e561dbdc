import { deciderSpec } from "../../support/deciderSpec";
import { expectEvents, expectRefused, givenFixture, source } from "../../support/domainFixture";

const { command: link, itRefuses } = deciderSpec("LinkEntities", {
  relation: "MEMBER_OF",
  from: "jane-roe",
  to: "nasa",
  source: source("NASA astronaut Jane Roe"),
});

describe("LinkEntities", () => {
  it("links two entities by a typed relation with a validity interval", () => {
    expectEvents(
      givenFixture().execute(
        link({ relation: "DOCKED_AT", from: "dragon", to: "station", validFrom: "2021-05" }),
      ),
      [
        {
          type: "EntitiesLinked",
          data: {
            relationId: "dragon-docked-at-station",
            relation: "DOCKED_AT",
            from: { id: "dragon", kind: "Vehicle" },
            to: { id: "station", kind: "Station" },
            validity: { from: { value: "2021-05", precision: "month" } },
            certainty: "asserted",
          },
        },
      ],
    );
  });

  it("keeps a role and an explicit relation id", () => {
    const [event] = givenFixture().execute(link({ relationId: "roe-at-nasa", role: "astronaut" }));
    expect(event).toMatchObject({ data: { relationId: "roe-at-nasa", role: "astronaut" } });
  });

  itRefuses([
    ["an unknown entity", { to: "esa" }, "not_found", "to"],
    [
      "a relation from the wrong kind",
      { from: "nasa", to: "jane-roe" },
      "validation",
      "relation",
      /cannot start at a Agency/,
    ],
    [
      "a relation to the wrong kind",
      { relation: "DOCKED_AT", from: "dragon", to: "nasa" },
      "validation",
      "relation",
    ],
    ["an unknown relation type", { relation: "LIKES" as never }, "validation", "relation"],
    [
      "an interval that ends before it starts",
      { validFrom: "2021-06", validTo: "2021-05-31" },
      "validation",
      "validTo",
      /ends/,
    ],
    ["a malformed date", { validFrom: "May 2021" }, "validation", "validFrom"],
    [
      "a node linked to itself",
      { relation: "COOPERATES_WITH", from: "nasa", to: "nasa" },
      "validation",
      "to",
    ],
  ]);

  it("refuses the same link twice, and a link to a retracted entity", () => {
    const facts = givenFixture();
    facts.execute(link());
    expectRefused(facts, link(), "already_exists", "relationId");
    facts.execute({
      type: "RetractFact",
      factId: "entity-dragon",
      reason: "duplicate",
      source: source("Dragon"),
    });
    expectRefused(
      facts,
      link({ relation: "DOCKED_AT", from: "dragon", to: "station" }),
      "illegal_state",
      "from",
    );
  });
});
