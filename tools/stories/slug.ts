/** A lower-case slug fit for ID_PATTERN: "Crew Dragon C-12" -> "crew-dragon-c-12". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
