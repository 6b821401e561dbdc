import { CATALOGUE } from "../../../src/catalogue/commands";
import { namedIds, rewriteTimelineEntries } from "../../../src/projection/timelineEntries";

describe("what a batch's events name and reshape, for the timelines of now", () => {
  it("names the values of id fields at any depth, not titles, quotes or kinds", () => {
    const data = {
      incidentId: "zvezda-air-leak",
      title: "Air leak in Zvezda",
      kind: "AIR_LEAK",
      affected: [{ id: "module-zvezda", kind: "Module" }],
      occurredAt: { value: "2019-09", precision: "month" },
      relation: { type: "PART_OF", from: { id: "pm" }, to: { id: "zvezda" } },
    };
    expect([...namedIds(data)].sort()).toEqual([
      "module-zvezda",
      "pm",
      "zvezda",
      "zvezda-air-leak",
    ]);
    // A lifecycle event names its fact by its stream, or by its id.
    expect([...namedIds({ factId: "statement-nasa-said" })].sort()).toEqual([
      "nasa-said",
      "statement-nasa-said",
    ]);
  });

  it("reshapes around the child of a part-of link, the two entities of a merge, a retracted fact", () => {
    const source = { articleId: "a", quote: "q" };
    const endpoints = {
      from: { id: "pump", kind: "Component" },
      to: { id: "zarya", kind: "Module" },
    };
    const relation = { relationId: "r", validity: {}, certainty: "asserted" };
    const { parameters } = rewriteTimelineEntries(CATALOGUE, [
      {
        type: "EntitiesLinked",
        event: {
          type: "EntitiesLinked",
          source,
          data: { ...relation, relation: "PART_OF", ...endpoints },
        },
      },
      {
        type: "EntitiesLinked",
        event: {
          type: "EntitiesLinked",
          source,
          data: {
            ...relation,
            relation: "DOCKED_AT",
            from: { id: "soyuz" },
            to: { id: "rassvet" },
          },
        },
      },
      {
        type: "EntityMerged",
        event: {
          type: "EntityMerged",
          source,
          data: { entityId: "roscosmos-2", into: { id: "roscosmos" }, reason: "same" },
        },
      },
      {
        type: "FactRetracted",
        event: {
          type: "FactRetracted",
          source,
          data: { factId: "incident-leak", reason: "wrong" },
        },
      },
      {
        type: "FactRetracted",
        event: {
          type: "FactRetracted",
          source,
          data: { factId: "r2", relation: { type: "CREW_OF", ...endpoints }, reason: "wrong" },
        },
      },
    ]);
    expect([...(parameters.reshaped as string[])].sort()).toEqual([
      "incident-leak",
      "leak",
      "pump",
      "roscosmos",
      "roscosmos-2",
    ]);
    expect(parameters.named).toEqual(
      expect.arrayContaining(["soyuz", "rassvet", "incident-leak", "leak", "r2"]),
    );
  });
});
