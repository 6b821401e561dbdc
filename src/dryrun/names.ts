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
 * few words around it; undefined when none does.
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
    const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").exec(
      normalText,
    );
    if (!match) continue;
    const start = Math.max(0, match.index - 40);
    const end = Math.min(normalText.length, match.index + normalName.length + 40);
    const excerpt = `${start > 0 ? "…" : ""}${normalText.slice(start, end)}${end < normalText.length ? "…" : ""}`;
    return { name, excerpt };
  }
  return undefined;
}
