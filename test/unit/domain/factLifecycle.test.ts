import type { CommandOfType } from "../../../src/catalogue/commands";
type CorrectFact = CommandOfType<"CorrectFact">;
import { deciderSpec } from "../../support/deciderSpec";
import { expectEvents, expectRefused, givenFixture, source } from "../../support/domainFixture";

function withLink() {
  const facts = givenFixture();
  facts.execute({
    type: "LinkEntities",
    relation: "DOCKED_AT",
    from: "dragon",
    to: "station",
    validFrom: "2021-05",
    source: source("docked the Dragon capsule at the station in May 2021"),
  });
  return facts;
}

const { command, itRefuses } = deciderSpec(
  "CorrectFact",
  {
    factId: "entity-unity",
    changes: {},
    reason: "a later report",
    source: source("Engineers later traced it"),
  },
  withLink,
);
const correct = (factId: string, changes: CorrectFact["changes"]) => command({ factId, changes });

describe("CorrectFact", () => {
  it("corrects a relation's interval, keeping the fields not given", () => {
    const facts = withLink();
    expectEvents(
      facts.execute(correct("relation-dragon-docked-at-station", { validTo: "2021-06" })),
      [
        {
          type: "FactCorrected",
          data: {
            factId: "relation-dragon-docked-at-station",
            changes: {
              validity: {
                from: { value: "2021-05", precision: "month" },
                to: { value: "2021-06", precision: "month" },
              },
            },
            reason: "a later report",
          },
        },
      ],
    );
    expect(facts.state("relation-dragon-docked-at-station")).toMatchObject({
      data: { validity: { to: { value: "2021-06" } } },
    });
  });

  it("corrects an entity's name and an incident's date and targets", () => {
    const facts = givenFixture();
    expect(facts.execute(correct("entity-unity", { name: "Unity (Node 1)" }))[0]).toMatchObject({
      data: { changes: { name: "Unity (Node 1)" } },
    });
    expect(
      facts.execute(
        correct("incident-unity-leak", {
          occurredAt: "2021-06-03",
          affected: ["unity", "station"],
        }),
      )[0],
    ).toMatchObject({
      data: {
        changes: {
          occurredAt: { precision: "day" },
          affected: [{ id: "unity" }, { id: "station" }],
        },
      },
    });
  });

  itRefuses([
    [
      "a correction that changes nothing",
      { changes: { name: "Unity" } },
      "validation",
      "changes",
      /changes nothing/,
    ],
    ["a correction of no field at all", { changes: {} }, "validation", "changes"],
    [
      "a field the fact does not have",
      { changes: { validFrom: "2021" } },
      "validation",
      "changes.validFrom",
    ],
    [
      "an interval that would end before it starts",
      { factId: "relation-dragon-docked-at-station", changes: { validTo: "2020" } },
      "validation",
      "changes.validTo",
    ],
    [
      "an unknown fact",
      { factId: "entity-mars", changes: { name: "Mars" } },
      "not_found",
      "factId",
    ],
    [
      "an article",
      { factId: "article-fixture-article", changes: { name: "x" } },
      "validation",
      "factId",
    ],
  ]);
});

describe("RetractFact", () => {
  it("retracts a fact; history keeps its events", () => {
    const facts = withLink();
    const events = facts.execute({
      type: "RetractFact",
      factId: "relation-dragon-docked-at-station",
      reason: "misread",
      source: source("Dragon"),
    });
    expectEvents(events, [
      {
        type: "FactRetracted",
        data: { factId: "relation-dragon-docked-at-station", reason: "misread" },
      },
    ]);
    expect(facts.events("relation-dragon-docked-at-station")).toHaveLength(2);
    expect(facts.state("relation-dragon-docked-at-station")).toMatchObject({ status: "retracted" });
  });

  it("refuses to retract twice, without a reason, or with a quote not in the article", () => {
    const facts = givenFixture();
    const retract = {
      type: "RetractFact" as const,
      factId: "entity-dragon",
      reason: "dup",
      source: source("Dragon"),
    };
    expectRefused(facts, { ...retract, reason: " " }, "validation", "reason");
    expectRefused(facts, { ...retract, source: source("Starliner") }, "validation", "source.quote");
    facts.execute(retract);
    expectRefused(facts, retract, "illegal_state", "factId");
  });
});

describe("CorroborateFact", () => {
  it("adds a second source to a fact", () => {
    const facts = givenFixture();
    facts.execute({ type: "CorroborateFact", factId: "entity-nasa", source: source("NASA said") });
    expect(facts.state("entity-nasa")).toMatchObject({
      sources: [source("NASA astronaut"), source("NASA said")],
    });
  });

  it("refuses the same quote twice and an unknown fact", () => {
    const facts = givenFixture();
    expectRefused(
      facts,
      { type: "CorroborateFact", factId: "entity-nasa", source: source("NASA astronaut") },
      "already_exists",
    );
    expectRefused(
      facts,
      { type: "CorroborateFact", factId: "entity-esa", source: source("NASA") },
      "not_found",
      "factId",
    );
  });
});
