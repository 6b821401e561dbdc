import { NameIndex } from "../../../src/domain/NameIndex";
import { nameMatch } from "../../../src/domain/names";

/** Names a corpus repeats the shape of: many papers called "The ... Gazette", many ranges. */
const all: {
  id: string;
  kind: "Organization" | "Place" | "Module" | "Vehicle";
  names: string[];
}[] = [];

function crowded(): NameIndex {
  const index = new NameIndex();
  all.length = 0;
  const syllables = ["mor", "lan", "ves", "tor", "kal", "bri", "nen", "dus"];
  let n = 0;
  for (const a of syllables)
    for (const b of syllables) {
      all.push({ id: `paper-${n}`, kind: "Organization", names: [`The ${a}${b} Gazette`] });
      all.push({ id: `range-${n}`, kind: "Place", names: [`${a}${b} Test Range`] });
      n += 1;
    }
  all.push({ id: "zvezda", kind: "Module", names: ["Zvezda", "Zvezda service module"] });
  all.push({ id: "starliner", kind: "Vehicle", names: ["Starliner"] });
  all.push({ id: "soyuz-ms-15", kind: "Vehicle", names: ["Soyuz MS-15"] });
  for (const { id, kind, names } of all) index.set(id, kind, names[0]!, names.slice(1));
  return index;
}

describe("the index of names a new name may duplicate", () => {
  const index = crowded();
  const ids = (name: string) => index.find(name).map((namesake) => namesake.id);

  it("finds a name spelt again: case, accents, spaces, punctuation", () => {
    expect(ids("zvezda")).toEqual(["zvezda"]);
    expect(ids("ZVÉZDA Service-Module")).toEqual(["zvezda"]);
    expect(ids("Star Liner")).toEqual(["starliner"]);
    expect(ids("Soyuz MS 15")).toEqual(["soyuz-ms-15"]);
  });

  it("finds what comparing every name finds, for names a letter off in any long word", () => {
    // Each query keeps one end of every long word it changes, as the index assumes a typo does.
    for (const name of [
      "The Morlen Gazette",
      "The Morlan Gazete",
      "The Morlen Gazete",
      "Morlan Tast Range",
      "Morlan Test Ranges",
      "Brines Test Range",
      "Zvesda",
      "Zvezda servise module",
    ])
      expect(ids(name).sort()).toEqual(
        all
          .filter((entry) => entry.names.some((candidate) => nameMatch(name, candidate)))
          .map((entry) => entry.id)
          .sort(),
      );
    expect(ids("The Morlen Gazette")).toContain("paper-1");
    expect(ids("Morlan Test Ranges")).toContain("range-1");
    expect(ids("Zvesda")).toEqual(["zvezda"]);
  });

  it("finds nothing for another number, another short word or another word", () => {
    expect(ids("Soyuz MS-16")).toEqual([]);
    expect(ids("A Morlan Gazette")).toEqual([]);
    expect(ids("The Morlan Times")).toEqual([]);
    expect(ids("")).toEqual([]);
  });

  it("says a name is taken exactly when it finds a namesake, as nameMatch decides", () => {
    for (const name of ["The Morlen Gazette", "Soyuz MS-16", "Star Liner", "Kalbri Test Range 2"]) {
      expect(index.has(name)).toBe(ids(name).length > 0);
      for (const namesake of index.find(name))
        expect(nameMatch(name, namesake.matched)).toBe(namesake.match);
    }
  });

  it("forgets an entity's former names when it is set again or deleted", () => {
    const names = crowded();
    names.set("zvezda", "Module", "Zvezda", []);
    expect(names.find("Zvezda service module")).toEqual([]);
    names.delete("zvezda");
    expect(names.has("Zvezda")).toBe(false);
  });
});
