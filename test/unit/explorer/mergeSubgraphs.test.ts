import { mergeSubgraphs, type SubgraphLike } from "../../../ide/explore/lib/mergeSubgraphs";
import { nodePath } from "../../../ide/explore/lib/paths";

const node = (id: string, distance: number, kind = "Module" as const) => ({
  distance,
  node: { id, kind, label: id, knownSince: 1 },
});
const edge = (from: string, to: string, certainty: "asserted" | "inferred" = "asserted") => ({
  id: `${from}-${to}@1`,
  factId: `${from}-${to}`,
  type: "PART_OF" as const,
  from,
  to,
  certainty,
});

describe("the graph's drawing", () => {
  const centre: SubgraphLike = {
    nodes: [node("zvezda", 0), node("russian-segment", 1)],
    edges: [edge("zvezda", "russian-segment", "inferred")],
  };

  it("adds an expanded node's neighbourhood, counting distances from the centre", () => {
    const drawing = mergeSubgraphs(centre, [
      {
        from: "russian-segment",
        subgraph: {
          nodes: [
            node("russian-segment", 0),
            node("zvezda", 1),
            node("iss", 1, "Station" as never),
          ],
          edges: [edge("zvezda", "russian-segment", "inferred"), edge("russian-segment", "iss")],
        },
      },
    ]);
    expect(drawing.nodes.map((n) => [n.id, n.distance])).toEqual([
      ["zvezda", 0],
      ["russian-segment", 1],
      ["iss", 2],
    ]);
    expect(drawing.edges.map((e) => [e.id, e.certainty])).toEqual([
      ["zvezda-russian-segment@1", "inferred"],
      ["russian-segment-iss@1", "asserted"],
    ]);
  });

  it("leaves out expansions of nodes no longer drawn, and edges to nodes not drawn", () => {
    const drawing = mergeSubgraphs(
      { nodes: [node("zvezda", 0)], edges: [edge("zvezda", "russian-segment")] },
      [{ from: "russian-segment", subgraph: { nodes: [node("iss", 0)], edges: [] } }],
    );
    expect(drawing.nodes.map((n) => n.id)).toEqual(["zvezda"]);
    expect(drawing.edges).toEqual([]);
  });
});

describe("the explorer's links", () => {
  it("lead each kind of node to its page, an update to its place on its incident's", () => {
    expect(nodePath("Module", "zvezda")).toBe("/entity/zvezda");
    expect(nodePath("Incident", "zvezda-air-leak")).toBe("/incident/zvezda-air-leak");
    expect(nodePath("IncidentUpdate", "zvezda-air-leak/source-located-2020")).toBe(
      "/incident/zvezda-air-leak#update-source-located-2020",
    );
    expect(nodePath("Statement", "a b")).toBe("/statement/a%20b");
  });
});
