import { citeArticle, findQuote } from "../../../ide/explore/lib/articleCitations";

const TEXT =
  " date 2024-02-29 \n\n\nMOSCOW (AP) — Russian space officials on Wednesday acknowledged a leak.  State corporation\n  Roscosmos said specialists were monitoring the leak. There were also other defects.";

describe("an article's cited sentences", () => {
  it("finds a quote with runs of whitespace counted as one space, as the API checks it", () => {
    const [found] = findQuote(TEXT, "State corporation Roscosmos said");
    expect(TEXT.slice(found!.start, found!.end)).toBe("State corporation\n  Roscosmos said");
    expect(findQuote(TEXT, "the leak")).toHaveLength(1);
    expect(findQuote(TEXT, "not in the text")).toEqual([]);
    expect(findQuote(TEXT, "  ")).toEqual([]);
  });

  it("cuts the text into paragraphs and sentences, each with the citations that quote it", () => {
    const { paragraphs, unplaced } = citeArticle(TEXT, [
      { quote: "acknowledged a leak", fact: "incident" },
      { quote: "State corporation Roscosmos said", fact: "roscosmos" },
      { quote: "monitoring the leak", fact: "statement" },
      { quote: "a sentence of another article", fact: "elsewhere" },
    ]);
    expect(unplaced.map((c) => c.fact)).toEqual(["elsewhere"]);
    // Paragraphs are split at blank lines; a line break within one is a space.
    expect(paragraphs).toHaveLength(2);
    const sentences = paragraphs.flatMap((p) => p.sentences);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(sentences.map((s) => s.citations.map((c) => c.fact))).toEqual([
      [],
      ["incident"],
      ["roscosmos", "statement"],
      [],
    ]);
    // The quoted words are marked, the rest of the sentence not.
    const second = sentences[2]!.pieces;
    expect(second.filter((p) => p.quoted).map((p) => p.text)).toEqual([
      "State corporation\n  Roscosmos said",
      "monitoring the leak",
    ]);
    expect(second.map((p) => p.text).join("")).toBe(
      TEXT.slice(sentences[2]!.start, sentences[2]!.end),
    );
  });

  it("marks where the quote the page was opened for stands, even across other quotes' edges", () => {
    const { paragraphs } = citeArticle(
      TEXT,
      [{ quote: "Roscosmos said", fact: "a" }],
      "corporation Roscosmos said specialists",
    );
    const pieces = paragraphs[1]!.sentences[1]!.pieces;
    expect(pieces.filter((p) => p.focused).map((p) => p.text)).toEqual([
      "corporation\n  ",
      "Roscosmos said",
      " specialists",
    ]);
    expect(pieces.find((p) => p.text === "Roscosmos said")).toMatchObject({
      quoted: true,
      focused: true,
    });
  });
});
