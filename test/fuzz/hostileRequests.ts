import { prng } from "./prng";
import type { HostileRequest } from "./hostileRequest";
import { trustRequestMakers, type TrustTargets } from "./trustRequests";

export type { HostileRequest } from "./hostileRequest";

export interface FuzzTargets extends TrustTargets {
  /** An article of the log, whose text no generated quote is in. */
  articleId: string;
  /** Ids that exist, so some requests reach deep into the resolvers. */
  entityIds: readonly string[];
  /** A writer's `Authorization`: half the mutations carry it, to reach the domain's checks. */
  writerAuthorization: string;
}

/** Strings that mean something to Cypher, Lucene, JSON, URLs, Unicode or a terminal. */
const NASTY_STRINGS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "`) CALL dbms.killQueries() //",
  "$param",
  "\\u0000",
  "\u0000\u0001\u0002",
  "AND",
  "OR NOT",
  "(",
  ")",
  '"leak',
  "station:",
  "*:*",
  "name:/.*/",
  "leak~",
  "leak^999999",
  "[a TO z]",
  "{",
  "\\",
  "%",
  "%00",
  "../../etc/passwd",
  "file:///etc/passwd",
  "http://127.0.0.1:7474/",
  "<script>alert(1)</script>",
  "ǅ̸̢̛͈͙̞̳̤͓͕̄̊͌̕ͅ",
  "\u202e\u2066evil",
  "😀".repeat(50),
  "\ud800",
  "NaN",
  "-1",
  "9".repeat(40),
  "1e309",
  "null",
  "",
  " ",
  "\n\t\r",
];

const INVALID_DATES = [
  "2024-13-45",
  "2024-02-30",
  "yesterday",
  "0000-00-00",
  "99999-01-01",
  "2024-1-1",
  "2024-02-29T25:61:00Z",
  "-2024",
  "2024/02/29",
  "",
];

const NUMBERS = [-1, -2147483648, 0, 2147483647, 1e6, 3.5];

type Pick = <T>(values: readonly T[]) => T;

/**
 * `count` hostile requests, the same for the same seed: wrong types, huge strings and lists,
 * deep nesting, alias and fragment bombs, invalid dates, unknown ids, Cypher- and Lucene-looking
 * strings, invalid UTF-8, bad JSON, wrong content types and methods, bad credentials. Mutations
 * never carry a valid command (each breaks a domain rule or lacks a writer), so a run must leave
 * the log and the graph exactly as they were.
 */
export function* hostileRequests(
  seed: number,
  count: number,
  targets: FuzzTargets,
): Generator<HostileRequest> {
  const random = prng(seed);
  const pick: Pick = (values) => values[Math.floor(random() * values.length)]!;
  const int = (max: number) => Math.floor(random() * max);
  const nasty = () => (random() < 0.7 ? pick(NASTY_STRINGS) : randomString(random, int(64)));
  const id = () => (random() < 0.4 ? pick(targets.entityIds) : nasty());
  const makers = [
    ...requestMakers({ pick, int, random, nasty, id, targets }),
    ...trustRequestMakers({ pick, int, targets }),
  ];
  for (let sent = 0; sent < count; sent++) yield pick(makers)();
}

function randomString(random: () => number, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += String.fromCharCode(Math.floor(random() * 0x2fff));
  return out;
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * A filter of people through their citizenship `depth` times: their countries' citizens'
 * countries... each relationship filtered by the quantifier given (some, all, none, single).
 */
function citizenship(depth: number, quantifier: () => string, name: string): string {
  let where = `{ name: { eq: ${name} } }`;
  for (let level = depth - 1; level >= 0; level--)
    where = `{ ${level % 2 === 0 ? "citizenOf" : "citizens"}: { ${quantifier()}: ${where} } }`;
  return where;
}

/**
 * A header value as bytes can carry it: what fetch and undici refuse to send (controls, code
 * points above 0xFF) becomes "?", so every such request reaches the server.
 */
const headerValue = (value: string) => value.replace(/[^\x20-\x7e\x80-\xff]/g, "?");

/** Percent-encodes the UTF-8 bytes of any string (encodeURIComponent throws on a lone surrogate). */
const uriComponent = (value: string) =>
  Array.from(Buffer.from(value, "utf8"), (byte) => `%${byte.toString(16).padStart(2, "0")}`).join(
    "",
  );

function graphql(
  kind: string,
  query: string,
  variables?: unknown,
  headers: Record<string, string> = {},
): HostileRequest {
  return {
    kind,
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json", ...headers },
    body: json(variables === undefined ? { query } : { query, variables }),
  };
}

function requestMakers(r: {
  pick: Pick;
  int: (max: number) => number;
  random: () => number;
  nasty: () => string;
  id: () => string;
  targets: FuzzTargets;
}): (() => HostileRequest)[] {
  const { pick, int, random, nasty, id, targets } = r;
  const writer = () =>
    random() < 0.5
      ? { authorization: targets.writerAuthorization }
      : ({} as Record<string, string>);
  const str = (value: string) => json(value);
  return [
    // Custom reads with hostile arguments.
    () =>
      graphql(
        "neighbourhood",
        `
          query ($id: ID!, $depth: Int!, $validOn: String, $asOf: Int, $limit: Int!) {
            neighbourhood(
              id: $id
              depth: $depth
              validOn: $validOn
              asOfPosition: $asOf
              limit: $limit
            ) {
              nodes {
                distance
                node {
                  id
                  kind
                }
              }
              edges {
                type
              }
            }
          }
        `,
        {
          id: id(),
          depth: pick([...NUMBERS, 1, 2, 4, 10]),
          validOn: random() < 0.5 ? pick(INVALID_DATES) : null,
          asOf: random() < 0.5 ? pick(NUMBERS) : null,
          limit: pick([...NUMBERS, 10]),
        },
      ),
    () =>
      graphql(
        "path",
        `
          query ($from: ID!, $to: ID!, $max: Int!) {
            path(from: $from, to: $to, maxDepth: $max) {
              nodes {
                node {
                  id
                }
              }
              edges {
                type
              }
            }
          }
        `,
        { from: id(), to: random() < 0.2 ? "iss" : id(), max: pick([...NUMBERS, 6]) },
      ),
    () =>
      graphql(
        "timeline",
        `
          query ($about: ID, $from: String, $until: String, $asOf: Int) {
            timeline(about: $about, from: $from, until: $until, asOfPosition: $asOf) {
              entries {
                incidentKind
                summary
              }
            }
          }
        `,
        { about: id(), from: pick(INVALID_DATES), until: pick(INVALID_DATES), asOf: pick(NUMBERS) },
      ),
    () =>
      graphql(
        "relations",
        `{ relations(type: ${pick(["CREW_OF", "PART_OF", "NOPE", "1", '"CREW_OF"'])}, from: ${str(id())}, validOn: ${str(pick(INVALID_DATES))}) { id type } }`,
      ),
    () =>
      graphql(
        "search",
        `
          query ($p: String!, $f: Int!, $s: SearchSyntax!, $z: Boolean!) {
            search(phrase: $p, first: $f, syntax: $s, fuzzy: $z) {
              node {
                kind
              }
              field
              score
            }
          }
        `,
        {
          p: nasty(),
          f: pick([...NUMBERS, 20]),
          s: pick(["TEXT", "TEXT", "LUCENE", "lucene", 1]),
          z: pick([true, false, "yes"]),
        },
      ),
    () =>
      graphql(
        "lucene",
        `query($p: String!) { ${pick(["peopleByName", "incidentsByText", "modulesByName", "statementsByText"])}(phrase: $p, first: ${pick([-5, 0, 3, 1000000])}) { edges { score } } }`,
        { p: nasty() },
      ),
    () =>
      graphql(
        "event-log",
        `{ eventLog(fromPosition: ${pick(NUMBERS)}, first: ${pick(NUMBERS)}, streams: [${str(nasty())}]) { position } }`,
      ),
    () =>
      graphql(
        "history",
        `
          query ($f: String!) {
            history(factId: $f) {
              position
            }
            sources(factId: $f) {
              quote
            }
          }
        `,
        { f: id() },
      ),
    // Generated reads: negative and huge pages, filters with hostile values, deep filters.
    () =>
      graphql(
        "generated-paging",
        `{ people(limit: ${pick(NUMBERS)}, offset: ${pick(NUMBERS)}) { id name } incidentsConnection(first: ${pick(NUMBERS)}, after: ${str(nasty())}) { totalCount } }`,
      ),
    () =>
      graphql(
        "generated-filter",
        `
          query ($n: String!) {
            people(where: { name: { contains: $n } }) {
              id
            }
            modules(where: { id: { eq: $n } }) {
              name
            }
          }
        `,
        {
          n: nasty(),
        },
      ),
    // Relationship filters within each other (people's countries' citizens' countries...):
    // deep ones of `some`, and `all` or `single`, whose Cypher or work doubles per level.
    () => {
      const depth = 5 + int(60);
      return graphql(
        "deep-filter",
        `{ people(where: ${citizenship(depth, () => "some", str(pick(targets.entityIds)))}) { id } }`,
      );
    },
    () => {
      const depth = 3 + int(10);
      const quantifier = () => pick(["all", "single"]);
      return graphql(
        "filter-bomb",
        `{ people(where: ${citizenship(depth, quantifier, '"nobody"')}) { id } }`,
      );
    },
    // Lists within lists, each within its limits, whose product is not.
    () => {
      // Outermost first, inside a country: its citizens, their countries, their citizens...
      const fields = Array.from({ length: 4 + int(4) }, (_, level) =>
        level % 2 === 0 ? "citizens(limit: 1000)" : "citizenOf",
      );
      const selection = fields.reduceRight((inner, field) => `${field} { ${inner} }`, "name");
      return graphql(
        "cost-bomb",
        `{ countries(limit: 1000) { citizens(limit: 1000) { citizenOf { ${selection} } } } }`,
      );
    },
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
    // Commands: each invalid (a quote not in the article, an unknown article, a broken rule).
    () =>
      graphql(
        "command",
        `
          mutation ($input: RegisterEntityInput!, $c: ID) {
            registerEntity(input: $input, commandId: $c) {
              receipt {
                stream
              }
            }
          }
        `,
        {
          input: {
            entityId: random() < 0.5 ? nasty() : `fuzz-${int(1e9)}`,
            kind: pick(["Person", "Module", "Nope", 1]),
            name: random() < 0.2 ? "x".repeat(int(200_000)) : nasty(),
            aliases: random() < 0.3 ? Array.from({ length: int(20_000) }, (_, i) => `a${i}`) : [],
            source: {
              articleId: random() < 0.5 ? targets.articleId : nasty(),
              quote: `not in the article ${nasty()} ${int(1e9)}`,
            },
          },
          c: random() < 0.3 ? "c".repeat(int(300_000)) : random() < 0.5 ? nasty() : null,
        },
        writer(),
      ),
    () =>
      graphql(
        "command",
        `mutation($f: String!, $r: String!) { retractFact(input: { factId: $f, reason: $r, source: { articleId: ${str(targets.articleId)}, quote: "no such sentence here" } }, expectedRevision: ${pick(NUMBERS)}) { factId } }`,
        { f: id(), r: nasty() },
        writer(),
      ),
    () =>
      graphql(
        "command",
        `mutation($at: String!) { reportIncident(input: { incidentId: ${str(`fuzz-${int(1e9)}`)}, kind: AIR_LEAK, title: "t", occurredAt: $at, affected: [${str(`no-such-entity-${int(1e9)}`)}, ${str(id())}], source: { articleId: ${str(targets.articleId)}, quote: ${str(nasty())} } }) { receipt { stream } } }`,
        { at: pick(INVALID_DATES) },
        writer(),
      ),
    () =>
      graphql(
        "ingest",
        `
          mutation ($input: IngestArticleInput!) {
            ingestArticle(input: $input) {
              appendedEvents
            }
          }
        `,
        {
          input: {
            article: {
              articleId: nasty(),
              title: nasty(),
              publisher: "x",
              publishedOn: pick(INVALID_DATES),
              text: nasty(),
            },
            facts: Array.from({ length: 1 + int(3000) }, (_, i) => ({
              factId: `f${i}`,
              registerEntity: null,
            })),
          },
        },
        writer(),
      ),
    // Credentials.
    () =>
      graphql("credential", "{ logPosition }", undefined, {
        authorization: pick([
          "Bearer",
          "Bearer ",
          `Bearer ${"A".repeat(int(50_000))}`,
          "Bearer isskg_0000000000000000_" + "a".repeat(43),
          "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiYWRtaW4iXX0.",
          "Basic YWRtaW46YWRtaW4=",
          headerValue(nasty()),
        ]),
      }),
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
}
