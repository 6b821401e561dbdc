/** "crew" -> "Crew". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The indefinite article before a word: "an air leak", "a crack". */
export function article(word: string): string {
  return /^[aeiouAEIOU]/.test(word) ? "an" : "a";
}
