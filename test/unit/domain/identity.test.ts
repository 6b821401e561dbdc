import type { CommandOfType } from "../../../src/catalogue/commands";
import { expectEvents, expectRefused, givenFixture, source } from "../../support/domainFixture";

/** Aliases as facts, merges that leave a redirect, unmerges. */
const merge = (
  fields: Partial<CommandOfType<"MergeEntities">> = {},
): CommandOfType<"MergeEntities"> => ({
  type: "MergeEntities",
  entityId: "roe",
  into: "jane-roe",
  reason: "the same astronaut, named twice",
  source: source("NASA astronaut Jane Roe"),
  ...fields,
});
const roe = {
  type: "RegisterEntity",
  entityId: "roe",
  kind: "Person",
  name: "J. R.",
  source: source("Jane Roe"),
} as const;

describe("AddAlias", () => {
  it("adds a name with its own source and certainty", () => {
    const facts = givenFixture();
    expectEvents(
      facts.execute({
        type: "AddAlias",
        entityId: "unity",
        alias: "Node 1",
        certainty: "inferred",
        source: source("the Unity module"),
      }),
      [{ type: "AliasAdded", data: { entityId: "unity", alias: "Node 1", certainty: "inferred" } }],
    );
  });

  it("refuses a name it has, another entity's name, an unknown entity", () => {
    const facts = givenFixture();
    const alias = (entityId: string, name: string) =>
      ({ type: "AddAlias", entityId, alias: name, source: source("the Unity module") }) as const;
    expectRefused(facts, alias("unity", "UNITY"), "already_exists", "alias");
    expectRefused(facts, alias("unity", "the station"), "possible_duplicate", "alias");
    expectRefused(facts, alias("nowhere", "X"), "not_found", "entityId");
  });
});

describe("MergeEntities and UnmergeEntities", () => {
  it("merges: the merged id redirects to the survivor in later commands", () => {
    const facts = givenFixture();
    facts.execute(roe);
    expectEvents(facts.execute(merge()), [
      { type: "EntityMerged", data: { entityId: "roe", into: { id: "jane-roe", kind: "Person" } } },
    ]);
    expectEvents(
      facts.execute({
        type: "LinkEntities",
        relation: "CREW_OF",
        from: "roe",
        to: "dragon",
        source: source("NASA astronaut Jane Roe docked the Dragon capsule"),
      }),
      [{ type: "EntitiesLinked", data: { from: { id: "jane-roe" }, to: { id: "dragon" } } }],
    );
    expectRefused(facts, merge(), "illegal_state", "entityId", /already merged/);
    expectRefused(
      facts,
      {
        type: "CorrectFact",
        factId: "entity-roe",
        changes: { name: "Roe" },
        reason: "r",
        source: source("Jane Roe"),
      },
      "illegal_state",
      "factId",
      /merged into "jane-roe"/,
    );
  });

  it("refuses merging into itself, into another kind, into the unknown", () => {
    const facts = givenFixture();
    facts.execute(roe);
    expectRefused(facts, merge({ into: "roe" }), "validation", "into");
    expectRefused(facts, merge({ into: "dragon" }), "validation", "into", /one kind/);
    expectRefused(facts, merge({ into: "nobody" }), "not_found", "into[0]");
  });

  it("unmerges, last merge first", () => {
    const facts = givenFixture();
    facts.execute(roe);
    facts.execute({ ...roe, entityId: "jr", name: "Jay Arr", distinctFrom: ["roe"] });
    facts.execute(merge());
    facts.execute(merge({ entityId: "jane-roe", into: "jr" }));
    const unmerge = (entityId: string) =>
      ({
        type: "UnmergeEntities",
        entityId,
        reason: "two people after all",
        source: source("Jane Roe"),
      }) as const;
    expectRefused(facts, unmerge("roe"), "illegal_state", "entityId", /unmerge it first/);
    expectEvents(facts.execute(unmerge("jane-roe")), [
      { type: "EntityUnmerged", data: { entityId: "jane-roe", from: { id: "jr" } } },
    ]);
    expectEvents(facts.execute(unmerge("roe")), [{ type: "EntityUnmerged" }]);
    expectRefused(facts, unmerge("roe"), "illegal_state", "entityId", /not merged/);
  });
});
