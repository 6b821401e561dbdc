import { extractGraph, mergeGraphs, type Graph } from "../../../ide/graph/extractGraph";

const ids = (graph: Graph) => graph.nodes.map((node) => node.id);
const ends = (graph: Graph) => graph.edges.map((edge) => `${edge.from} -${edge.type}-> ${edge.to}`);

const zvezdaNodes = [
  { id: "zvezda", kind: "Module", label: "Zvezda", distance: 0 },
  { id: "russian-segment", kind: "Segment", label: "Russian segment", distance: 1 },
  { id: "zvezda-air-leak", kind: "Incident", label: "Air leak in Zvezda", distance: 1 },
];

const zvezdaEdges = [
  {
    type: "PART_OF",
    from: "zvezda",
    to: "russian-segment",
    certainty: "asserted",
    quotes: ["a leak in the Zvezda module"],
    knownSince: 12,
  },
  {
    type: "AFFECTED",
    from: "zvezda-air-leak",
    to: "zvezda",
    certainty: "inferred",
    quotes: ["first reported a leak in the Zvezda module in August 2020"],
    knownSince: 40,
  },
];

describe("the nodes and edges of a GraphQL result, whatever its shape", () => {
  it("reads a subgraph of today's schema: flat nodes with their distance, edges by ids", () => {
    const graph = extractGraph({
      data: {
        neighbourhood: {
          nodes: zvezdaNodes,
          edges: zvezdaEdges,
          truncated: false,
        },
      },
    });
    expect(graph.nodes).toEqual(zvezdaNodes);
    expect(graph.edges).toEqual([
      // The edge as given, keyed (it has no id) by its type, its ends and its version.
      { key: "PART_OF:zvezda:russian-segment@12", ...zvezdaEdges[0] },
      expect.objectContaining({ type: "AFFECTED", certainty: "inferred", knownSince: 40 }),
    ]);
  });

  it("reads a subgraph of the contract: { distance, node { id kind label } } and per-version edge ids", () => {
    const graph = extractGraph({
      data: {
        neighbourhood: {
          nodes: zvezdaNodes.map(({ distance, ...node }) => ({ distance, node })),
          edges: [
            { ...zvezdaEdges[0], id: "zvezda-part-of@12", factId: "zvezda-part-of" },
            // The same relation's earlier version, corrected at 12: a historical edge of its own.
            {
              ...zvezdaEdges[0],
              id: "zvezda-part-of@5",
              factId: "zvezda-part-of",
              knownSince: 5,
              knownUntil: 12,
              endedBy: "corrected",
            },
            { ...zvezdaEdges[1], id: "HAS_UPDATE:a:b", factId: null, from: "zvezda-air-leak" },
          ],
          truncated: false,
        },
      },
    });
    expect(graph.nodes).toEqual(zvezdaNodes);
    expect(graph.edges.map((edge) => [edge.key, edge.factId, edge.knownUntil])).toEqual([
      ["zvezda-part-of@12", "zvezda-part-of", undefined],
      ["zvezda-part-of@5", "zvezda-part-of", 12],
      ["HAS_UPDATE:a:b@40", undefined, undefined],
    ]);
    expect(graph.edges[1]!.endedBy).toBe("corrected");
  });

  it("keeps two versions of one relation apart when today's schema gives them one id", () => {
    const graph = extractGraph({
      relations: [
        { id: "crew", type: "CREW_OF", from: "a", to: "iss", knownSince: 3 },
        { id: "crew", type: "CREW_OF", from: "a", to: "iss", knownSince: 9, knownUntil: 20 },
        { id: "crew", type: "CREW_OF", from: "a", to: "iss", knownSince: 9, knownUntil: 20 },
      ],
    });
    expect(graph.edges.map((edge) => edge.key)).toEqual(["crew@3", "crew@9"]);
  });

  it("reads a path: nodes and the edges joining them in order", () => {
    const graph = extractGraph({
      data: {
        path: {
          nodes: [
            { id: "oleg-kononenko", kind: "Person", label: "Oleg Kononenko", distance: 0 },
            { id: "iss", kind: "Station", label: "ISS", distance: 1 },
            { id: "zvezda", kind: "Module", label: "Zvezda", distance: 2 },
          ],
          edges: [
            { type: "CREW_OF", from: "oleg-kononenko", to: "iss", quotes: [] },
            { type: "PART_OF", from: "zvezda", to: "iss", quotes: [] },
          ],
        },
      },
    });
    expect(ids(graph)).toEqual(["oleg-kononenko", "iss", "zvezda"]);
    expect(ends(graph)).toEqual(["oleg-kononenko -CREW_OF-> iss", "zvezda -PART_OF-> iss"]);
  });

  it("joins nodes nested in fields and in connections' edges { node } to the node above them", () => {
    const graph = extractGraph({
      data: {
        people: [
          {
            __typename: "Person",
            id: "oleg-kononenko",
            name: "Oleg Kononenko",
            memberOfConnection: {
              totalCount: 1,
              edges: [
                {
                  cursor: "abc",
                  properties: { certainty: "asserted", quotes: ["Russian cosmonauts"] },
                  node: { __typename: "Agency", id: "roscosmos", name: "Roscosmos" },
                },
              ],
            },
            crewOf: [{ __typename: "Station", id: "iss", name: "International Space Station" }],
          },
        ],
        incidents: [{ id: "soyuz-coolant-leak", title: "Coolant leak", affected: [] }],
      },
    });
    expect(graph.nodes).toEqual([
      { id: "oleg-kononenko", kind: "Person", label: "Oleg Kononenko" },
      { id: "roscosmos", kind: "Agency", label: "Roscosmos" },
      { id: "iss", kind: "Station", label: "International Space Station" },
      { id: "soyuz-coolant-leak", label: "Coolant leak" },
    ]);
    expect(graph.edges).toEqual([
      {
        key: "memberOf:oleg-kononenko:roscosmos",
        type: "memberOf",
        from: "oleg-kononenko",
        to: "roscosmos",
        nested: true,
        certainty: "asserted",
        quotes: ["Russian cosmonauts"],
      },
      expect.objectContaining({ type: "crewOf", from: "oleg-kononenko", to: "iss", quotes: [] }),
    ]);
  });

  it("reads a relation whose ends are node objects, and search hits wrapped or not", () => {
    const graph = extractGraph({
      relations: [
        {
          id: "r1",
          type: "CREW_OF",
          from: { id: "jasmin-moghbeli", label: "Jasmin Moghbeli" },
          to: { id: "iss", label: "ISS" },
          quotes: ["NASA astronauts Jasmin Moghbeli"],
        },
      ],
      search: [
        { node: { id: "zvezda", kind: "Module", label: "Zvezda" }, matched: "Zvezda", score: 2 },
        { id: "nauka", kind: "Module", label: "Nauka", matched: "Nauka", score: 1 },
      ],
    });
    expect(ids(graph)).toEqual(["jasmin-moghbeli", "iss", "zvezda", "nauka"]);
    expect(ends(graph)).toEqual(["jasmin-moghbeli -CREW_OF-> iss"]);
  });

  it("draws an edge's ends that the result did not hold, named by their ids", () => {
    const graph = extractGraph({ edges: [{ type: "PART_OF", from: "zvezda", to: "iss" }] });
    expect(graph.nodes).toEqual([
      { id: "zvezda", label: "zvezda", placeholder: true },
      { id: "iss", label: "iss", placeholder: true },
    ]);
  });

  it("finds nothing in errors, scalars, timelines and objects without ids", () => {
    expect(extractGraph({ errors: [{ message: "no" }] })).toEqual({ nodes: [], edges: [] });
    expect(extractGraph(null)).toEqual({ nodes: [], edges: [] });
    expect(
      extractGraph({
        data: {
          timeline: { entries: [{ kind: "INCIDENT", summary: "A leak", incidentId: "x" }] },
          logPosition: 95,
          stations: [{ name: "ISS", crew: [{ name: "Oleg Kononenko" }] }],
        },
      }),
    ).toEqual({ nodes: [], edges: [] });
  });
});

describe("merging the neighbourhood of a clicked node into the drawing", () => {
  it("adds new nodes and edges once, keeps what was drawn, and replaces placeholders", () => {
    const drawn = extractGraph({
      nodes: [{ id: "zvezda", kind: "Module", label: "Zvezda", distance: 0 }],
      edges: [{ id: "e1", type: "PART_OF", from: "zvezda", to: "russian-segment" }],
    });
    const more = extractGraph({
      nodes: [
        { distance: 0, node: { id: "russian-segment", kind: "Segment", label: "Russian segment" } },
        { distance: 1, node: { id: "zvezda", kind: "Module", label: "Zvezda" } },
        { distance: 1, node: { id: "iss", kind: "Station", label: "ISS" } },
      ],
      edges: [
        { id: "e1", type: "PART_OF", from: "zvezda", to: "russian-segment" },
        { id: "e2", type: "PART_OF", from: "russian-segment", to: "iss" },
      ],
    });
    const merged = mergeGraphs(drawn, more);
    expect(merged.nodes).toEqual([
      { id: "zvezda", kind: "Module", label: "Zvezda", distance: 0 },
      { id: "russian-segment", kind: "Segment", label: "Russian segment", distance: 0 },
      { id: "iss", kind: "Station", label: "ISS", distance: 1 },
    ]);
    expect(merged.edges.map((edge) => edge.key)).toEqual(["e1", "e2"]);
  });

  it("draws a relation once when the query on screen did not select its version and the click did", () => {
    const drawn = extractGraph({
      nodes: [
        { id: "zvezda", label: "Zvezda" },
        { id: "russian-segment", label: "Russian segment" },
      ],
      edges: [{ type: "PART_OF", from: "zvezda", to: "russian-segment", certainty: "asserted" }],
    });
    const clicked = extractGraph({
      edges: [
        { id: "p@5", type: "PART_OF", from: "zvezda", to: "russian-segment", knownSince: 5 },
        {
          id: "p@2",
          type: "PART_OF",
          from: "zvezda",
          to: "russian-segment",
          knownSince: 2,
          knownUntil: 5,
          quotes: ["earlier"],
        },
        { id: "q@7", type: "PART_OF", from: "russian-segment", to: "iss", knownSince: 7 },
      ],
    });
    const merged = mergeGraphs(drawn, clicked);
    expect(
      merged.edges.map(({ key, id, knownSince, knownUntil, certainty }) => ({
        key,
        id,
        knownSince,
        knownUntil,
        certainty,
      })),
    ).toEqual([
      // The drawn edge keeps its key (its element in the drawing) and takes the first version.
      {
        key: "PART_OF:zvezda:russian-segment",
        id: "p@5",
        knownSince: 5,
        knownUntil: undefined,
        certainty: "asserted",
      },
      { key: "p@2", id: "p@2", knownSince: 2, knownUntil: 5, certainty: undefined },
      { key: "q@7", id: "q@7", knownSince: 7, knownUntil: undefined, certainty: undefined },
    ]);
    expect(ids(merged)).toEqual(["zvezda", "russian-segment", "iss"]);
  });
});
