/**
 * A node's colour by its kind: the things of the station in greens and blues, people orange,
 * institutions in blues, places browns, what happened reds, what was said purple. A kind the
 * schema adds later gets a colour of its own from its name.
 */
const COLOURS: Record<string, string> = {
  Station: "#2ca02c",
  Segment: "#74c476",
  Module: "#17becf",
  Component: "#9edae5",
  Vehicle: "#bcbd22",
  Person: "#ff7f0e",
  Agency: "#1f77b4",
  Organization: "#6baed6",
  Country: "#8c564b",
  Place: "#c49c94",
  Incident: "#d62728",
  IncidentUpdate: "#ff9896",
  Statement: "#9467bd",
  Article: "#7f7f7f",
};

export const UNKNOWN_KIND_COLOUR = "#b0b0b0";

export function kindColour(kind: string | undefined): string {
  if (kind === undefined) return UNKNOWN_KIND_COLOUR;
  const known = COLOURS[kind];
  if (known) return known;
  let hash = 0;
  for (const character of kind) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360}, 55%, 55%)`;
}
