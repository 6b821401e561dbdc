import { distance } from "fastest-levenshtein";

/**
 * When two names may name the same thing: the same once case, accents, typographic apostrophes
 * and punctuation are set aside ("O'Hara", "OHara", "o’hara"), or a letter or two apart in a
 * longer word ("Furukawa", "Furukowa") with the same numbers (Soyuz MS-15 and MS-16 are two).
 */

/** A name as compared: lower case, no accents, no apostrophes, other punctuation as spaces. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** How many letters a word may differ by and still be the same word: none below 5 letters. */
export function tolerance(word: string): number {
  return word.length < 5 ? 0 : word.length < 10 ? 1 : 2;
}

export type NameMatch = "same" | "close";

/**
 * Whether two names may name one thing: the same key (spaces aside), or the same words but for
 * a letter (two in a long word) in some of them, with the same numbers.
 */
export function nameMatch(a: string, b: string): NameMatch | undefined {
  return keyMatch(nameKey(a), nameKey(b));
}

/** nameMatch of two names' keys (nameKey), for a caller that keeps the keys it compares. */
export function keyMatch(ka: string, kb: string): NameMatch | undefined {
  if (ka === "" || kb === "") return undefined;
  if (ka === kb) return "same";
  // Numbers name series, not typos: Soyuz MS-15 and Soyuz MS-16, Expedition 63 and 64; and
  // load-1-11 is not load-11-1, though they are the same letters without spaces.
  if (numbersOf(ka) !== numbersOf(kb)) return undefined;
  if (ka.replace(/ /g, "") === kb.replace(/ /g, "")) return "same";
  const wa = ka.split(" ");
  const wb = kb.split(" ");
  if (wa.length !== wb.length) return undefined;
  for (let i = 0; i < wa.length; i++) {
    const [x, y] = [wa[i]!, wb[i]!];
    if (x !== y && distance(x, y) > Math.min(tolerance(x), tolerance(y))) return undefined;
  }
  return "close";
}

/** The numbers of a name's key, in order: names whose numbers differ are never the same name. */
export function numbersOf(key: string): string {
  return (key.match(/\d+/g) ?? []).join(" ");
}
