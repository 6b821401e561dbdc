/**
 * A name of the API in words, for labels: "IncidentUpdate" -> "incident update", "memberOf" ->
 * "member of", "PART_OF" -> "part of", "EntityRegistered" -> "entity registered".
 */
export function inWords(name: string): string {
  return name
    .replace(/_/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
}
