import { findName } from "../../../src/dryrun/names";

describe("where an article's text names a known entity", () => {
  it("finds a name whatever its case, where the text capitalises what the name does", () => {
    expect(findName("Officials at Nasa said", ["NASA"])?.name).toBe("NASA");
    expect(findName("THE ZVEZDA MODULE", ["Zvezda"])?.name).toBe("Zvezda");
    expect(findName("Loral O’Hara and others", ["Loral O'Hara"])?.name).toBe("Loral O'Hara");
  });

  it("takes no common word for a name: an alias 'Science' is not 'a science laboratory'", () => {
    expect(findName("a new science laboratory", ["Nauka", "Science"])).toBeUndefined();
    // A later occurrence spelt as a name still counts.
    expect(
      findName("a science laboratory, Nauka (Science), docked", ["Science"])?.excerpt,
    ).toContain("Nauka (Science)");
  });

  it("looks for whole words only", () => {
    expect(findName("Unityville", ["Unity"])).toBeUndefined();
  });
});
