import { countFacts, describeFactCount } from "../../../ide/explore/lib/countFacts";

describe("what a fact counts on the article's page", () => {
  it("counts each fact once, a link of a statement or incident as part of it", () => {
    const count = countFacts([
      { kind: "node", key: "zvezda", nodeKind: "Module" },
      { kind: "node", key: "zvezda", nodeKind: "Module" }, // cited by a second sentence
      { kind: "node", key: "zvezda-air-leak", nodeKind: "Incident" },
      { kind: "node", key: "zvezda-air-leak/leak-increased", nodeKind: "IncidentUpdate" },
      { kind: "node", key: "montalbano-no-threat", nodeKind: "Statement" },
      { kind: "relation", key: "zvezda-part-of-russian-segment" },
      { kind: "relation", key: "zvezda-part-of-russian-segment" }, // its second quote
      { kind: "relation", key: "montalbano-no-threat" }, // the statement's ABOUT link
      { kind: "relation", key: "zvezda-air-leak" }, // the incident's AFFECTED link
    ]);
    expect(count).toEqual({
      total: 5,
      entities: 1,
      relations: 1,
      incidents: 1,
      updates: 1,
      statements: 1,
    });
    expect(describeFactCount(count)).toBe(
      "5 facts (1 entity, 1 relation, 1 incident, 1 update, 1 statement)",
    );
  });

  it("says nothing of kinds it did not count", () => {
    const count = countFacts([
      { kind: "relation", key: "a" },
      { kind: "relation", key: "b" },
    ]);
    expect(describeFactCount(count)).toBe("2 facts (2 relations)");
    expect(describeFactCount(countFacts([]))).toBe("0 facts");
  });
});
