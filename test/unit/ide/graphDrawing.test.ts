import cytoscape from "cytoscape";
import { graphElements, type NodeToDraw } from "../../../ide/drawing/graphElements";
import { isPath, layOut } from "../../../ide/drawing/graphLayout";
import { inWords } from "../../../ide/drawing/inWords";
import { KIND_COLOURS, kindColour } from "../../../ide/drawing/kindPalette";

/** WCAG's contrast ratio of a #rrggbb colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

describe("the one palette of both pages", () => {
  it("gives each kind a colour of its own that carries white text (4.5:1 or more)", () => {
    const colours = Object.values(KIND_COLOURS);
    expect(new Set(colours).size).toBe(colours.length);
    for (const [kind, colour] of Object.entries(KIND_COLOURS)) {
      expect({ kind, enough: contrastWithWhite(colour) >= 4.5 }).toEqual({ kind, enough: true });
    }
  });

  it("gives a kind it does not know a colour from its name, the same every time", () => {
    expect(kindColour("Station")).toBe(KIND_COLOURS.Station);
    expect(kindColour("Orbit")).toBe(kindColour("Orbit"));
    expect(kindColour("Orbit")).toMatch(/^hsl\(/);
    expect(kindColour(undefined)).toBe(kindColour(null));
  });

  it("names kinds, relation types, fields and events in words", () => {
    expect(
      ["IncidentUpdate", "PART_OF", "memberOf", "EntityRegistered", "AIR_LEAK"].map(inWords),
    ).toEqual(["incident update", "part of", "member of", "entity registered", "air leak"]);
  });
});

describe("the elements of a drawing", () => {
  const nodes: NodeToDraw[] = [
    { id: "zvezda", label: "Zvezda", kind: "Module", distance: 0, centre: true },
    { id: "iss", label: "International Space Station", kind: "Station", distance: 1 },
    { id: "leak", label: "x".repeat(60), kind: "Incident", retracted: true, expanded: true },
  ];
  const elements = graphElements(nodes, [
    { key: "z-iss", from: "zvezda", to: "iss", type: "PART_OF", inferred: true },
    { key: "gone", from: "zvezda", to: "not-drawn", type: "AFFECTED" },
  ]);

  it("colour nodes by the palette and name them apart from edges", () => {
    const station = elements.find((element) => element.data.nodeId === "iss")!;
    expect(station.data).toMatchObject({ id: "n:iss", colour: KIND_COLOURS.Station, distance: 1 });
    expect(elements.find((element) => element.data.nodeId === "zvezda")!.classes).toBe("centre");
    expect(elements.find((element) => element.data.nodeId === "leak")!.classes).toBe(
      "expanded retracted",
    );
  });

  it("cut long labels, keeping the whole one", () => {
    const leak = elements.find((element) => element.data.nodeId === "leak")!;
    expect(leak.data.label).toHaveLength(40);
    expect(leak.data.label).toMatch(/…$/);
    expect(leak.data.fullLabel).toHaveLength(60);
  });

  it("label edges in words, and leave out an edge whose end is not drawn", () => {
    const edges = elements.filter((element) => element.group === "edges");
    expect(edges.map((edge) => [edge.data.id, edge.data.source, edge.data.label])).toEqual([
      ["e:z-iss", "n:zvezda", "part of"],
    ]);
    expect(edges[0]!.classes).toBe("inferred");
  });
});

describe("the layout", () => {
  const drawn = (hops: number[], edges: [number, number][]) => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add(
      graphElements(
        hops.map((distance, i) => ({ id: `n${i}`, label: `node ${i}`, distance })),
        edges.map(([from, to]) => ({
          key: `${from}-${to}`,
          from: `n${from}`,
          to: `n${to}`,
          type: "X",
        })),
      ),
    );
    return cy;
  };

  it("lays a path out as a line from its start, each node a step further", () => {
    const cy = drawn(
      [0, 3, 1, 2],
      [
        [0, 2],
        [2, 3],
        [3, 1],
      ],
    );
    expect(isPath(cy.nodes())).toBe(true);
    layOut(cy, true);
    const at = (i: number) => cy.getElementById(`n:n${i}`).position();
    const order = [0, 2, 3, 1].map(at);
    order.slice(1).forEach((point, i) => {
      expect(point.x).toBeCloseTo(order[0]!.x);
      expect(point.y).toBeGreaterThan(order[i]!.y);
    });
    cy.destroy();
  });

  it("takes a neighbourhood (several nodes a hop away) for no path", () => {
    const cy = drawn(
      [0, 1, 1],
      [
        [0, 1],
        [0, 2],
      ],
    );
    expect(isPath(cy.nodes())).toBe(false);
    layOut(cy, true);
    const [a, b, c] = [0, 1, 2].map((i) => cy.getElementById(`n:n${i}`).position());
    expect(new Set([a, b, c].map((p) => `${Math.round(p!.x)},${Math.round(p!.y)}`)).size).toBe(3);
    cy.destroy();
  });
});
