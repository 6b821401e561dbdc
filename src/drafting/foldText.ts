/**
 * The text with typographic and case variants folded, character for character (so that offsets
 * into it are offsets into the text): curly quotes and apostrophes to straight ones, hyphens and
 * dashes to spaces (Soyuz MS-16 and Soyuz MS 16 are one name), any white space to a space, lower
 * case.
 */
export function foldText(text: string): string {
  let folded = "";
  for (const char of text) {
    const mapped = FOLDS[char] ?? (/\s/.test(char) ? " " : char.toLowerCase());
    // A character whose lower case is longer (İ) or which is two code units stays as it is.
    folded += mapped.length === char.length ? mapped : char;
  }
  return folded;
}

const FOLDS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u02bc": "'",
  "\u201c": '"',
  "\u201d": '"',
  "-": " ",
  "\u2010": " ",
  "\u2011": " ",
  "\u2012": " ",
  "\u2013": " ",
  "\u2014": " ",
};

/** A slug of a name: lower-case letters and digits, hyphen-separated, accents dropped. */
export function slugOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120);
}

/** A name as compared: folded, without "the", without runs of spaces. */
export function normalName(name: string): string {
  return foldText(name).replace(/'/g, "").replace(/^the /, "").replace(/ +/g, " ").trim();
}
