import { graphql, json, uriComponent, type RequestMakers } from "./requestMaking";

/** HTTP itself: bodies, encodings, content types, methods and paths. */
export const httpRequestMakers: RequestMakers = ({ pick, nasty }) => {
  return [
    // HTTP itself: bodies, encodings, content types, methods.
    () => ({
      kind: "invalid-utf8",
      method: "POST",
      path: "/graphql",
      headers: { "content-type": "application/json" },
      body: Uint8Array.from([
        ...Buffer.from('{"query":"{ search(phrase: \\"'),
        0xff,
        0xfe,
        0xc3,
        0x28,
        0xed,
        0xa0,
        0x80,
        ...Buffer.from('\\") { score } }"}'),
      ]),
    }),
    () => ({
      kind: "bad-json",
      method: "POST",
      path: "/graphql",
      headers: { "content-type": "application/json" },
      body: pick([
        '{"query":',
        "[]",
        "[1,2]",
        "42",
        "null",
        '"x"',
        '{"query": 1}',
        '{"query":"{ logPosition }"} trailing',
        "{'query': 1}",
        '{"query":"{ logPosition }","variables":"x"}',
        "{".repeat(5000),
      ]),
    }),
    () => ({
      kind: "content-type",
      method: "POST",
      path: "/graphql",
      headers: {
        "content-type": pick([
          "text/plain",
          "application/xml",
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          "application/json; charset=latin1",
          "application/json; charset=utf-16",
          "application/graphql",
          "",
        ]),
      },
      body: json({ query: "{ logPosition }" }),
    }),
    () => ({
      kind: "content-encoding",
      method: "POST",
      path: "/graphql",
      headers: {
        "content-type": "application/json",
        "content-encoding": pick(["gzip", "br", "deflate", "zstd", "x-nope"]),
      },
      body: pick([json({ query: "{ logPosition }" }), "\x1f\x8b\x08\x00garbage"]),
    }),
    () => ({
      kind: "method",
      method: pick(["PUT", "DELETE", "OPTIONS", "GET"] as const),
      path: `/graphql?query=${uriComponent(pick(["{ logPosition }", "mutation { retractFact }", nasty()]))}&variables=${uriComponent(nasty())}`,
      headers: { "apollo-require-preflight": "true" },
    }),
    () =>
      graphql(
        "subscription-over-http",
        `
          subscription {
            events {
              position
            }
          }
        `,
      ),
    () => ({
      kind: "url-path",
      method: "GET",
      path: pick([
        "/graphql/ide/../../package.json",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/graphql/ide/%00",
        "/readyz?x=" + "y".repeat(5000),
        "/nope",
      ]),
      headers: {},
    }),
  ];
};
