import { namesakeQuery } from "../../../src/explore/entitiesNamed";

/** The same clauses asked of the names, then of the aliases, as NASA's query below spells out. */
const inNamesAndAliases = (...clauses: string[]) =>
  [...clauses.map((c) => `name:${c}`), ...clauses.map((c) => `aliasesText:${c}`)].join(" OR ");

describe("the full-text query of a new name's possible duplicates", () => {
  it("asks for each word in the names and aliases only, as many letters off as the check allows", () => {
    expect(namesakeQuery("NASA")).toBe("name:(+nasa) OR aliasesText:(+nasa)");
    // 5 to 9 letters: one letter off; 10 or more: two (src/domain/names.ts).
    expect(namesakeQuery("Zvezda")).toBe(inNamesAndAliases("(+(zvezda zvezda~1))"));
    expect(namesakeQuery("Corporation")).toContain("corporation~2");
    expect(namesakeQuery("Zvezda")).not.toContain("description");
  });

  it("looks for a name of several words also as one word, numbers exactly", () => {
    expect(namesakeQuery("Soyuz MS-25")).toBe(
      inNamesAndAliases("(+(soyuz soyuz~1) +ms +25)", "soyuzms25"),
    );
  });

  it("looks for an initialism spelt with stops also as one word: U.S. segment finds US segment", () => {
    expect(namesakeQuery("U.S. segment")).toBe(
      inNamesAndAliases("(+u +s +(segment segment~1))", "(+us +(segment segment~1))", "ussegment"),
    );
    expect(namesakeQuery("U.S.")).toBe(inNamesAndAliases("(+u +s)", "(+us)"));
  });

  it("makes words of what a client sends, never Lucene syntax; nothing to ask for, no query", () => {
    expect(namesakeQuery('AND (x) "y~')).toBe(
      inNamesAndAliases("(+and +x +y)", "(+and +xy)", "andxy"),
    );
    expect(namesakeQuery("(( ))")).toBeNull();
  });
});
