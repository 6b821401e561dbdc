// An article's text cut into paragraphs and sentences, with the ranges its facts' quotes cover.
// A quote must occur in the text with runs of whitespace counted as one space (as the API checks
// it), so it is found on a whitespace-collapsed copy of the text and mapped back to the original.

export interface Citation<F> {
  quote: string;
  fact: F;
}

export interface CitedRange<F> {
  start: number;
  end: number;
  citation: Citation<F>;
}

export interface Piece {
  text: string;
  /** Inside one of the sentence's quotes (those of the citations of its sentence). */
  quoted: boolean;
  /** Inside the quote the page was opened for. */
  focused: boolean;
}

export interface Sentence<F> {
  /** Its index in the article, from 0: a stable name for links. */
  index: number;
  start: number;
  end: number;
  pieces: Piece[];
  /** The citations whose quote lies (at least partly) in it. */
  citations: Citation<F>[];
}

export interface Paragraph<F> {
  sentences: Sentence<F>[];
}

/** The text with runs of whitespace collapsed to one space, and where each of its characters came from. */
function collapse(text: string): { collapsed: string; origin: number[] } {
  let collapsed = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const white = /\s/.test(text[i]!);
    if (white && collapsed.endsWith(" ")) continue;
    collapsed += white ? " " : text[i];
    origin.push(i);
  }
  return { collapsed, origin };
}

/** Every occurrence of a quote in the text, as ranges of the original text. */
export function findQuote(text: string, quote: string): { start: number; end: number }[] {
  const { collapsed, origin } = collapse(text);
  const needle = quote.trim().replace(/\s+/g, " ");
  if (!needle) return [];
  const found: { start: number; end: number }[] = [];
  for (let at = collapsed.indexOf(needle); at >= 0; at = collapsed.indexOf(needle, at + 1)) {
    found.push({ start: origin[at]!, end: origin[at + needle.length - 1]! + 1 });
  }
  return found;
}

/** Sentence boundaries, by the browser's (ICU's) rules. */
function sentenceRanges(
  text: string,
  start: number,
  end: number,
): { start: number; end: number }[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const ranges: { start: number; end: number }[] = [];
  // A line break inside a paragraph (a text wrapped as received) is a space, not a sentence's end.
  const paragraph = text.slice(start, end).replace(/[\r\n]/g, " ");
  for (const { index, segment } of segmenter.segment(paragraph)) {
    const trimmed = segment.trimEnd();
    if (trimmed.trim()) ranges.push({ start: start + index, end: start + index + trimmed.length });
  }
  return ranges;
}

/** Splits [start, end) at the edges of the ranges, marking what lies inside them. */
export function cut(
  text: string,
  start: number,
  end: number,
  quoted: readonly { start: number; end: number }[],
  focused: readonly { start: number; end: number }[],
): Piece[] {
  const edges = new Set([start, end]);
  for (const r of [...quoted, ...focused]) {
    if (r.start > start && r.start < end) edges.add(r.start);
    if (r.end > start && r.end < end) edges.add(r.end);
  }
  const sorted = [...edges].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i]!, sorted[i + 1]!];
    const inside = (rs: readonly { start: number; end: number }[]) =>
      rs.some((r) => r.start <= a && r.end >= b);
    pieces.push({ text: text.slice(a, b), quoted: inside(quoted), focused: inside(focused) });
  }
  return pieces;
}

/**
 * The article as paragraphs of sentences, each sentence with the citations that quote it and its
 * quoted pieces marked; `focus` (a quote) marks where it occurs. Citations whose quote is not in
 * the text are returned apart.
 */
export function citeArticle<F>(
  text: string,
  citations: readonly Citation<F>[],
  focus?: string | null,
): { paragraphs: Paragraph<F>[]; unplaced: Citation<F>[] } {
  const ranges: CitedRange<F>[] = [];
  const unplaced: Citation<F>[] = [];
  for (const citation of citations) {
    const found = findQuote(text, citation.quote);
    if (found.length === 0) unplaced.push(citation);
    for (const r of found) ranges.push({ ...r, citation });
  }
  const focused = focus ? findQuote(text, focus) : [];
  const paragraphs: Paragraph<F>[] = [];
  let index = 0;
  // Paragraphs are separated by blank lines.
  const breaks = /\r?\n[ \t]*\r?\n\s*/g;
  let from = 0;
  const blocks: { start: number; end: number }[] = [];
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    blocks.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  blocks.push({ start: from, end: text.length });
  for (const block of blocks) {
    const sentences: Sentence<F>[] = [];
    for (const s of sentenceRanges(text, block.start, block.end)) {
      const inside = ranges.filter((r) => r.start < s.end && r.end > s.start);
      const citationsHere = [...new Set(inside.map((r) => r.citation))];
      sentences.push({
        index: index++,
        start: s.start,
        end: s.end,
        pieces: cut(text, s.start, s.end, inside, focused),
        citations: citationsHere,
      });
    }
    if (sentences.length > 0) paragraphs.push({ sentences });
  }
  return { paragraphs, unplaced };
}
