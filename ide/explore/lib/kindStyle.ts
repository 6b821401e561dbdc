import type { NodeKind } from "../generated/graphql";

// One colour per kind of node (the graph's nodes, the badges beside links), chosen to stay apart
// from each other and to carry white text on the badges (contrast 4.5:1 or more).

export const KIND_COLOURS: Readonly<Record<NodeKind, string>> = {
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
};

export function kindColour(kind: string): string {
  return KIND_COLOURS[kind as NodeKind] ?? "#56606b";
}

/** "IncidentUpdate" -> "incident update". */
export function kindLabel(kind: string): string {
  return kind.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
