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

  it("makes words of what a client sends, never Lucene syntax; nothing to ask for, no query", () => {
    expect(namesakeQuery('AND (x) "y~')).toBe(
      "name:(+and +x +y) OR name:andxy OR aliasesText:(+and +x +y) OR aliasesText:andxy",
    );
    expect(namesakeQuery("(( ))")).toBeNull();
  });
});
