import { namesakeQuery } from "../../../src/explore/entitiesNamed";

describe("the full-text query of a new name's possible duplicates", () => {
  it("asks for each word in the names and aliases only, as many letters off as the check allows", () => {
    expect(namesakeQuery("NASA")).toBe("name:(+nasa) OR aliasesText:(+nasa)");
    // 5 to 9 letters: one letter off; 10 or more: two (src/domain/names.ts).
    expect(namesakeQuery("Zvezda")).toBe(
      "name:(+(zvezda zvezda~1)) OR aliasesText:(+(zvezda zvezda~1))",
    );
    expect(namesakeQuery("Corporation")).toContain("corporation~2");
    expect(namesakeQuery("Zvezda")).not.toContain("description");
  });

  it("looks for a name of several words also as one word, numbers exactly", () => {
    expect(namesakeQuery("Soyuz MS-25")).toBe(
      "name:(+(soyuz soyuz~1) +ms +25) OR name:soyuzms25 OR aliasesText:(+(soyuz soyuz~1) +ms +25) OR aliasesText:soyuzms25",
    );
  });

  it("looks for an initialism spelt with stops also as one word: U.S. segment finds US segment", () => {
    expect(namesakeQuery("U.S. segment")).toBe(
      "name:(+u +s +(segment segment~1)) OR name:(+us +(segment segment~1)) OR name:ussegment OR " +
        "aliasesText:(+u +s +(segment segment~1)) OR aliasesText:(+us +(segment segment~1)) OR aliasesText:ussegment",
    );
    expect(namesakeQuery("U.S.")).toBe(
      "name:(+u +s) OR name:(+us) OR aliasesText:(+u +s) OR aliasesText:(+us)",
    );
  });

  it("makes words of what a client sends, never Lucene syntax; nothing to ask for, no query", () => {
    expect(namesakeQuery('AND (x) "y~')).toBe(
      "name:(+and +x +y) OR name:(+and +xy) OR name:andxy OR " +
        "aliasesText:(+and +x +y) OR aliasesText:(+and +xy) OR aliasesText:andxy",
    );
    expect(namesakeQuery("(( ))")).toBeNull();
  });
});
