import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { neighbourhoodQuery } from "../../../ide/graph/neighbourhoodQuery";

/** The contract's explore types (scratch/contract-10.md), as much of them as the query reads. */
const CONTRACT_SDL = `
  enum NodeKind { Agency Module }
  type GraphNode { id: ID! kind: NodeKind! label: String! knownSince: Int! knownUntil: Int }
  type SubgraphNode { distance: Int! node: GraphNode! }
  type GraphEdge {
    id: ID! factId: ID type: String! from: ID! to: ID! certainty: String
    quotes: [String!]! knownSince: Int! knownUntil: Int endedBy: String
  }
  type Subgraph { nodes: [SubgraphNode!]! edges: [GraphEdge!]! truncated: Boolean! }
  type Query { neighbourhood(id: ID!, depth: Int! = 1, limit: Int! = 500): Subgraph! }
`;

const squash = (query: string) => query.replace(/\s+/g, " ");

describe("the graph view's query for a clicked node's neighbours", () => {
  it("is valid against the API's schema, asking for { distance node { ... } } and what its edges have", () => {
    const schema = buildSchema(readFileSync("src/graphql/generated/schema.graphql", "utf8"));
    const query = neighbourhoodQuery(schema);
    expect(validate(schema, parse(query))).toEqual([]);
    expect(squash(query)).toContain("nodes { distance node { id kind label knownUntil } }");
    expect(squash(query)).toContain("edges { id factId type from to certainty");
  });

  it("is valid against the contract's schema, asking for { distance node { ... } } and factId", () => {
    const schema = buildSchema(CONTRACT_SDL);
    const query = neighbourhoodQuery(schema);
    expect(validate(schema, parse(query))).toEqual([]);
    expect(squash(query)).toContain("nodes { distance node { id kind label knownUntil } }");
    expect(squash(query)).toContain(
      "edges { id factId type from to certainty knownSince knownUntil endedBy quotes }",
    );
  });

  it("falls back to the API's shape without a schema", () => {
    const api = buildSchema(readFileSync("src/graphql/generated/schema.graphql", "utf8"));
    expect(validate(api, parse(neighbourhoodQuery(undefined)))).toEqual([]);
    expect(() => parse(neighbourhoodQuery(null))).not.toThrow();
  });
});
