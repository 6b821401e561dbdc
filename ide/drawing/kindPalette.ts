import type { NodeKind } from "../explore/generated/graphql";

// One colour per kind of node, for every drawing and badge of both pages (GraphiQL's Graph panel,
// the explorer's canvas, its badges and timeline): chosen to stay apart from each other and to
// carry white text on a badge (contrast 4.5:1 or more). Typed by the API's NodeKind, so a kind the
// schema adds fails the type check here until it has its colour.

export const KIND_COLOURS: Readonly<Record<NodeKind | "Article", string>> = {
  Agency: "#1f5fa8",
  Person: "#8a4b08",
  Station: "#5b3f99",
  Segment: "#7a4fb5",
  Module: "#a0338c",
  Vehicle: "#0f6f6f",
  Component: "#56606b",
  Country: "#2f6f2f",
  Place: "#4d7a1f",
  Organization: "#335e80",
  Incident: "#b42318",
  IncidentUpdate: "#b5541c",
  Statement: "#6d5a00",
  Article: "#3b3f45",
};

/** Nodes of no known kind (GraphiQL draws whatever a result holds). */
export const UNKNOWN_KIND_COLOUR = "#6e7781";

/**
 * A kind's colour; a kind not in the palette (a result's own __typename) gets one of its own from
 * its name, dark enough for white text.
 */
export function kindColour(kind: string | null | undefined): string {
  if (!kind) return UNKNOWN_KIND_COLOUR;
  const known = (KIND_COLOURS as Readonly<Record<string, string>>)[kind];
  if (known) return known;
  let hash = 0;
  for (const character of kind) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360}, 45%, 35%)`;
}
