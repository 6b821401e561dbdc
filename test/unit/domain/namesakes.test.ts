import { nameKey, nameMatch } from "../../../src/domain/names";
import { deciderSpec } from "../../support/deciderSpec";
import { expectEvents, expectRefused, givenFixture, source } from "../../support/domainFixture";

describe("names that may name one thing", () => {
  it("are the same once case, accents, apostrophes and punctuation are set aside", () => {
    expect(nameKey("O’Hara")).toBe("ohara");
    expect(nameMatch("Loral O'Hara", "Loral OHara")).toBe("same");
    expect(nameMatch("ZVEZDA", "zvezda")).toBe("same");
    expect(nameMatch("Gagarin", "Gagárin")).toBe("same");
    expect(nameMatch("Soyuz MS-16", "Soyuz MS 16")).toBe("same");
  });

  it("are a letter apart in a name of five or more, two in a long one; not in a short one", () => {
    expect(nameMatch("Furukawa", "Furukowa")).toBe("close");
    expect(nameMatch("Satoshi Furukawa", "Satochi Furukowa")).toBe("close");
    expect(nameMatch("NASA", "NASB")).toBeUndefined();
    expect(nameMatch("Unity", "Unite")).toBe("close");
    expect(nameMatch("Zvezda", "Zarya")).toBeUndefined();
    expect(nameMatch("Soyuz MS-15", "Soyuz MS-16")).toBeUndefined();
    expect(nameMatch("Expedition 63", "Expedition 64")).toBeUndefined();
    expect(nameMatch("Person load-1-11", "Person load-11-1")).toBeUndefined();
  });
});

/** Jane Roe, whom the fixture registers, registered again under another id. */
const { command: entity } = deciderSpec("RegisterEntity", {
  entityId: "jane-roe-2",
  kind: "Person",
  name: "Jane Roe",
  source: source("Jane Roe"),
});

describe("RegisterEntity and possible duplicates", () => {
  it("refuses a name an entity has, or nearly has, naming the candidates", () => {
    const facts = givenFixture();
    const error = expectRefused(facts, entity(), "possible_duplicate", "name", /jane-roe/);
    expect(error.details).toEqual({
      candidates: [
        { id: "jane-roe", kind: "Person", name: "Jane Roe", matched: "Jane Roe", match: "same" },
      ],
    });
    expectRefused(facts, entity({ name: "JANE ROE" }), "possible_duplicate", "name");
    expectRefused(
      facts,
      entity({ entityId: "unity-node", kind: "Module", name: "Node 1", aliases: ["unity"] }),
      "possible_duplicate",
      "name",
      /unity/,
    );
  });

  it("lets one through that says which it is distinct from, and keeps that as a fact", () => {
    const facts = givenFixture();
    expectEvents(facts.execute(entity({ distinctFrom: ["jane-roe"] })), [
      {
        type: "EntityRegistered",
        data: { entityId: "jane-roe-2", distinctFrom: [{ id: "jane-roe", kind: "Person" }] },
      },
    ]);
    expectRefused(facts, entity({ entityId: "x", distinctFrom: ["nobody"] }), "not_found");
  });

  it("finds a duplicate registered just before, in the same run", () => {
    const facts = givenFixture();
    facts.execute(entity({ entityId: "mir", kind: "Station", name: "Mir" }));
    facts.execute(entity({ entityId: "tiangong", kind: "Station", name: "Tiangong" }));
    expectRefused(
      facts,
      entity({ entityId: "tiangong-2", kind: "Station", name: "Tiangong" }),
      "possible_duplicate",
    );
  });
});
