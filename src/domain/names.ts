import { distance } from "fastest-levenshtein";

/**
 * When two names may name the same thing: the same once case, accents, typographic apostrophes
 * and punctuation are set aside ("O'Hara", "OHara", "o’hara"), or a letter or two apart in a
 * longer name ("Furukawa", "Furukowa").
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

/** How many letters two keys may differ by and still be one name: none below 5 letters. */
function tolerance(key: string): number {
  const letters = key.replace(/ /g, "").length;
  return letters < 5 ? 0 : letters < 12 ? 1 : 2;
}

export type NameMatch = "same" | "close";

/** Whether two names may name one thing: the same key, or keys a letter or two apart. */
export function nameMatch(a: string, b: string): NameMatch | undefined {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === "" || kb === "") return undefined;
  if (ka === kb) return "same";
  const allowed = Math.min(tolerance(ka), tolerance(kb));
  return allowed > 0 && distance(ka, kb) <= allowed ? "close" : undefined;
}
