/** Text with one apostrophe, one quotation mark and single spaces. */
function readerForm(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** Names shorter than this are too ambiguous to look for in a text. */
const SHORTEST_NAME = 3;

/**
 * Where a text names something: the first place one of the names occurs as whole words, with a
 * few words around it; undefined when none does. Case aside, but a word the name capitalises must
 * be capitalised in the text too: "Nasa" and "ZVEZDA" name NASA and Zvezda, while "a science
 * laboratory" does not name Nauka, whose alias is "Science".
 */
export function findName(
  text: string,
  names: readonly string[],
): { name: string; excerpt: string } | undefined {
  const normalText = readerForm(text);
  for (const name of names) {
    const normalName = readerForm(name);
    if (normalName.length < SHORTEST_NAME) continue;
    const escaped = normalName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const occurrences = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu");
    for (const match of normalText.matchAll(occurrences)) {
      if (!capitalisedAsIn(match[0], normalName)) continue;
      const start = Math.max(0, match.index - 40);
      const end = Math.min(normalText.length, match.index + normalName.length + 40);
      const excerpt = `${start > 0 ? "…" : ""}${normalText.slice(start, end)}${end < normalText.length ? "…" : ""}`;
      return { name, excerpt };
    }
  }
  return undefined;
}

/** Whether each word that starts with a capital in `name` starts with one in `found` too. */
function capitalisedAsIn(found: string, name: string): boolean {
  const starts = (text: string) => [...text.matchAll(/(?<![\p{L}\p{N}'])[\p{L}\p{N}]/gu)];
  const foundStarts = starts(found);
  return starts(name).every((letter, i) => {
    const other = foundStarts[i]?.[0] ?? "";
    return !isCapital(letter[0]) || isCapital(other);
  });
}

const isCapital = (letter: string) => letter !== letter.toLowerCase();
