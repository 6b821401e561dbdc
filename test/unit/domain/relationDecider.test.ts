import type { CommandOfType } from "../../../src/catalogue/commands";
type LinkEntities = CommandOfType<"LinkEntities">;
import { expectEvents, expectRefused, givenFixture, source } from "../../support/domainFixture";

const link = (fields: Partial<LinkEntities>): LinkEntities => ({
  type: "LinkEntities",
  relation: "MEMBER_OF",
  from: "jane-roe",
  to: "nasa",
  source: source("NASA astronaut Jane Roe"),
  ...fields,
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

  it("refuses an unknown entity", () => {
    expectRefused(givenFixture(), link({ to: "esa" }), "not_found", "to");
  });

  it("refuses a relation between the wrong kinds", () => {
    expectRefused(
      givenFixture(),
      link({ from: "nasa", to: "jane-roe" }),
      "validation",
      "relation",
      /cannot start at a Agency/,
    );
    expectRefused(
      givenFixture(),
      link({ relation: "DOCKED_AT", from: "dragon", to: "nasa" }),
      "validation",
      "relation",
    );
  });

  it("refuses an unknown relation type", () => {
    expectRefused(givenFixture(), link({ relation: "LIKES" as never }), "validation", "relation");
  });

  it("refuses an interval that ends before it starts", () => {
    expectRefused(
      givenFixture(),
      link({ validFrom: "2021-06", validTo: "2021-05-31" }),
      "validation",
      "validTo",
      /ends/,
    );
  });

  it("refuses a malformed date", () => {
    expectRefused(givenFixture(), link({ validFrom: "May 2021" }), "validation", "validFrom");
  });

  it("refuses a node linked to itself", () => {
    expectRefused(
      givenFixture(),
      link({ relation: "COOPERATES_WITH", from: "nasa", to: "nasa" }),
      "validation",
      "to",
    );
  });

  it("refuses the same link twice, and a link to a retracted entity", () => {
    const facts = givenFixture();
    facts.execute(link({}));
    expectRefused(facts, link({}), "already_exists", "relationId");
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
