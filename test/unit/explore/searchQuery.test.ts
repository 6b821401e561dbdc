import { DomainError } from "../../../src/domain/DomainError";
import {
  luceneQuery,
  matchedText,
  MAX_PHRASE_LENGTH,
  MAX_SEARCH_WORDS,
  searchScore,
  searchTier,
  searchWords,
} from "../../../src/explore/searchQuery";

const text = (phrase: string, fuzzy = false) => luceneQuery({ phrase, syntax: "TEXT", fuzzy });

describe("search as typed in a search box", () => {
  it("reads words, whatever their punctuation, keeping apostrophes inside them", () => {
    expect(searchWords(`"leak`)).toEqual(["leak"]);
    expect(searchWords("station:")).toEqual(["station"]);
    expect(searchWords("Loral O\u2019Hara")).toEqual(["loral", "o'hara"]);
    expect(searchWords("( ) * ? ~ ^ : \\ / AND")).toEqual(["and"]);
    expect(searchWords("ＺＶＥＺＤＡ")).toEqual(["zvezda"]);
  });

  it("requires every word and matches the last as a prefix, escaping everything", () => {
    expect(text("furukaw")).toBe("+(furukaw furukaw*)");
    expect(text("Satoshi Furu")).toBe("+satoshi +(furu furu*)");
    // Lucene's operators and syntax are words here: lower case, never AND, OR or NOT.
    expect(text("leak AND NOT station:")).toBe("+leak +and +not +(station station*)");
    expect(text("O'Hara")).toBe("+(o'hara o'hara*)");
  });

  it("adds edit-distance alternatives with fuzzy, for words long enough", () => {
    expect(text("furukowa", true)).toBe("+(furukowa furukowa~ furukowa*)");
    expect(text("iss leak", true)).toBe("+iss +(leak leak~ leak*)");
  });

  it("finds nothing, without failing, when there is no word", () => {
    expect(text("")).toBeNull();
    expect(text("   ")).toBeNull();
    expect(text("(")).toBeNull();
    expect(text('"')).toBeNull();
  });

  it("keeps the first words of a long phrase and refuses an overlong one", () => {
    const words = Array.from({ length: MAX_SEARCH_WORDS + 4 }, (_, i) => `w${i}`);
    const query = text(words.join(" "))!;
    expect(query.match(/\+/g)).toHaveLength(MAX_SEARCH_WORDS);
    expect(query).toContain(`+(w${MAX_SEARCH_WORDS - 1} w${MAX_SEARCH_WORDS - 1}*)`);
    expect(() => text("x".repeat(MAX_PHRASE_LENGTH + 1))).toThrow(DomainError);
  });

  it("passes Lucene syntax through when asked, refusing an empty query", () => {
    expect(luceneQuery({ phrase: "name:zvez*", syntax: "LUCENE", fuzzy: false })).toBe(
      "name:zvez*",
    );
    expect(() => luceneQuery({ phrase: " ", syntax: "LUCENE", fuzzy: false })).toThrow(
      expect.objectContaining({ field: "phrase" }),
    );
  });
});

describe("what a hit matched", () => {
  const zvezda = {
    name: "Zvezda",
    aliases: ["Zvezda module"],
    quotes: ["a leak in the Zvezda module"],
  };

  it("tells the first field holding every word, the last as a prefix", () => {
    expect(matchedText(zvezda, "zvez")).toEqual({ field: "NAME", matched: "Zvezda" });
    expect(matchedText(zvezda, "zvezda mod")).toEqual({ field: "ALIAS", matched: "Zvezda module" });
    expect(matchedText(zvezda, "a leak")).toEqual({
      field: "QUOTE",
      matched: "a leak in the Zvezda module",
    });
    expect(matchedText({ name: "Loral OHara", aliases: ["Loral O'Hara"] }, "O\u2019Hara")).toEqual({
      field: "ALIAS",
      matched: "Loral O'Hara",
    });
  });

  it("says nothing when the words are not literally there (fuzzy, Lucene)", () => {
    expect(matchedText(zvezda, "zvezdaa")).toBeNull();
    expect(matchedText(zvezda, "(")).toBeNull();
  });
});

describe("ranking", () => {
  it("puts an entity's name before an incident's title, descriptions, and then quotes", () => {
    const best = searchScore(searchTier("NAME", true), 0.1);
    const title = searchScore(searchTier("NAME", false), 50);
    const description = searchScore(searchTier("DESCRIPTION", true), 50);
    const quote = searchScore(searchTier("QUOTE", true), 1000);
    expect(best).toBeGreaterThan(title);
    expect(title).toBeGreaterThan(description);
    expect(description).toBeGreaterThan(quote);
    expect(searchScore(0, 2)).toBeGreaterThan(searchScore(0, 1));
  });
});
