import { graphql, json, type RequestMakers } from "./requestMaking";

/** Hostile shapes of a document: deep selections, alias and fragment bombs, directives, huge documents, wrong types and missing variables. */
export const shapeRequestMakers: RequestMakers = ({ pick, int, nasty }) => {
  return [
    // Shapes: deep selections, alias and fragment bombs, directives, huge documents.
    () => {
      const depth = 10 + int(200);
      let selection = "id";
      for (let level = 0; level < depth; level++) selection = `parts { ${selection} }`;
      return graphql("deep-selection", `{ modules { ${selection} } }`);
    },
    () => {
      const aliases = 50 + int(2000);
      const field = pick([
        `neighbourhood(id: "zvezda", depth: 4) { nodes { distance } }`,
        `path(from: "satoshi-furukawa", to: "nauka") { nodes { distance } }`,
        `relations { id }`,
        `eventLog(first: 1000) { data }`,
        `search(phrase: "leak") { score }`,
        "logPosition",
      ]);
      return graphql(
        "alias-bomb",
        `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: ${field}`).join(" ")} }`,
      );
    },
    () => {
      const width = 2 + int(8);
      const levels = 5 + int(20);
      const fragments = Array.from({ length: levels }, (_, level) =>
        level === levels - 1
          ? `fragment F${level} on Query { logPosition }`
          : `fragment F${level} on Query { ${Array.from({ length: width }, (__, i) => `x${i}: __typename ...F${level + 1}`).join(" ")} }`,
      );
      return graphql(
        "fragment-bomb",
        `
          {
            ...F0
          }
          ${fragments.join(" ")}
        `,
      );
    },
    () =>
      graphql(
        "fragment-cycle",
        `
          {
            ...A
          }
          fragment A on Query {
            logPosition
            ...B
          }
          fragment B on Query {
            ...A
          }
        `,
      ),
    () =>
      graphql(
        "directive-bomb",
        `{ logPosition ${Array.from({ length: 10 + int(500) }, () => "@include(if: true)").join(" ")} }`,
      ),
    () => graphql("token-bomb", `{ logPosition ${"__typename ".repeat(1000 + int(20000))} }`),
    () =>
      graphql(
        "introspection",
        `
          {
            __schema {
              types {
                name
                fields {
                  name
                  type {
                    name
                    ofType {
                      name
                      ofType {
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        `,
      ),
    // Wrong types and missing variables.
    () =>
      graphql(
        "wrong-types",
        `
          query ($id: ID!, $d: Int!) {
            neighbourhood(id: $id, depth: $d) {
              nodes {
                distance
              }
            }
          }
        `,
        {
          id: pick([{}, [], 1.5, true, null, ["a"], { $gt: "" }]),
          d: pick(["1", {}, [], 1.5, true, null, 1e100]),
        },
      ),
    () =>
      graphql(
        "syntax",
        pick([
          "{",
          "}",
          "{ logPosition",
          "query query { }",
          "{ logPosition(x: ) }",
          "mutation",
          "\u0000",
          "{ ...on }",
        ]),
      ),
    () =>
      graphql("unknown-operation", "query A { logPosition } query B { logPosition }", undefined),
    () => ({
      ...graphql("operation-name", "query A { logPosition }"),
      body: json({ query: "query A { logPosition }", operationName: nasty() }),
    }),
  ];
};
