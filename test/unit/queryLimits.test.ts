import { readdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { asSent, fragmentsIn } from "../support/operationAsSent";
import { getOperationAST, parse, validate, type GraphQLSchema } from "graphql";
import { DEFAULT_LIMITS } from "../../src/config/serverSettings";
import { buildSchema } from "../../src/graphql/buildSchema";
import { checkOperation, inputDepth, MAX_PAGE_SIZE } from "../../src/graphql/checkOperation";
import { cursorOfOffset } from "../../src/graphql/connectionCursor";
import { filterDepth } from "../../src/graphql/filterDepth";
import { queryLimits } from "../../src/graphql/queryLimits";

/** The executable schema, built without a database (nothing runs: the limits come before). */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = (await buildSchema(undefined as never)).schema;
});

const check = (query: string, variables: Record<string, unknown> = {}, limits = DEFAULT_LIMITS) =>
  checkOperation({ schema, document: parse(query), variables, limits });

/** The estimated cost of a query (no limit refuses it). */
function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const refused = check(query, variables, { ...DEFAULT_LIMITS, maxCost: 0 });
  return refused?.extensions.code === "QUERY_TOO_COMPLEX" ? Number(refused.extensions.found) : 0;
}

describe("the limits of an operation, before it runs", () => {
  it("keeps every example of the IDE, every operation of the explorer and of the tests within the default limits", () => {
    // The limits checked before the variables are known (depth, aliases, directives), as the
    // server's validation rules check them, then those checked with them (checkOperation).
    const rules = queryLimits(schema, { limits: DEFAULT_LIMITS, introspection: true }).apollo
      .validationRules;
    const files = [
      ...readdirSync("ide/examples").map((file) => `ide/examples/${file}`),
      ...readdirSync("ide/explore/operations").map((file) => `ide/explore/operations/${file}`),
      "test/e2e/operations/commands.graphql",
      ...readdirSync("test/frontend/operations").map((file) => `test/frontend/operations/${file}`),
    ];
    for (const file of files) {
      const document = parse(readFileSync(file, "utf8"));
      for (const definition of document.definitions) {
        if (definition.kind !== "OperationDefinition") continue;
        const sent = asSent(definition, fragmentsIn(dirname(file)));
        const invalid = validate(schema, sent, rules).map((error) => error.message);
        expect({ file, operation: definition.name?.value, invalid }).toEqual({
          file,
          operation: definition.name?.value,
          invalid: [],
        });
        const refused = checkOperation({
          schema,
          document,
          operationName: definition.name?.value,
          limits: DEFAULT_LIMITS,
        });
        expect({ file, refused }).toEqual({ file, refused: undefined });
      }
    }
  });

  it("weighs the custom reads by the work they ask of Neo4j (queryCost.ts)", () => {
    const neighbourhood = (depth: number) =>
      costOf(`{ neighbourhood(id: "iss", depth: ${depth}, limit: 100) { nodes { distance } } }`);
    expect([1, 2, 3].map(neighbourhood)).toEqual([10 + 10 + 1 + 10, 50 + 10 + 11, 250 + 10 + 11]);
    expect(costOf(`{ path(from: "a", to: "b", maxDepth: 10) { nodes { distance } } }`)).toBe(
      20 + 100 + 1 + 10,
    );
    expect(costOf("{ relations { id } }")).toBe(200 + 10);
    expect(costOf(`{ relations(from: "iss") { id } }`)).toBe(20 + 10);
    // A page of the log costs its size; a list asks for as many items as its limit or first.
    expect(costOf("{ eventLog(first: 1000) { id data } }")).toBe(10 + 1000);
    expect(costOf("query Q($n: Int!) { eventLog(first: $n) { id } }", { n: 500 })).toBe(10 + 500);
    // A nested list of the graph's nodes (a person's statements) is assumed to hold 5; one
    // of a custom read's results (a subgraph's nodes) 10, as a root list.
    expect(costOf("{ people(limit: 100) { id statements { id } } }")).toBe(10 + 100 * (1 + 5));
    expect(costOf("{ people { statementsConnection { edges { node { id } } } } }")).toBe(
      10 + 10 * (1 + 5 * (1 + 1 + 1)),
    );
    expect(costOf("{ peopleConnection(first: 50) { edges { node { id } } totalCount } }")).toBe(
      10 + 50 * (1 + 1 + 1),
    );
    // A read filtered to one id returns one node; to a list of ids, as many.
    expect(costOf(`{ stations(where: { id: { eq: "iss" } }) { id } }`)).toBe(10 + 1);
    expect(costOf(`{ stations(where: { id: { in: ["a", "b"] } }) { id } }`)).toBe(10 + 2);
    expect(costOf(`{ stations(where: { name: { eq: "ISS" } }) { id } }`)).toBe(10 + 10);
    // The explore reads' pages and the changes' page count their items by first, as connections.
    expect(
      costOf(`{ timelineConnection(about: "zvezda", first: 200) { edges { node { id } } } }`),
    ).toBe(20 + 200 * (1 + 1 + 1));
    expect(costOf("{ changes(since: 0, first: 500) { changes { factId } endCursor } }")).toBe(
      10 + 500 * (1 + 1),
    );
  });

  it("refuses a query over the cost limit, with its cost", () => {
    const aliases = Array.from({ length: 10 }, (_, i) => `p${i}: eventLog(first: 1000) { id }`);
    expect(check(`{ ${aliases.join(" ")} }`)?.extensions).toMatchObject({
      code: "QUERY_TOO_COMPLEX",
      max: DEFAULT_LIMITS.maxCost,
      found: 10 * 1010,
    });
  });

  it("weighs a fragment once however often it is spread (spreads nesting spreads stay cheap to weigh)", () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Person { ...F${i + 1} ...F${i + 1} }`,
    ).join("\n");
    const started = performance.now();
    const refused = check(
      `{ people(limit: 1) { ...F0 } } ${fragments} fragment F30 on Person { id }`,
    );
    expect(refused).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("measures the nesting of input objects, variables and their defaults included", () => {
    // `levels` NOTs around an empty filter: levels + 1 objects.
    const nested = (levels: number): Record<string, unknown> =>
      levels === 0 ? {} : { NOT: nested(levels - 1) };
    expect(inputDepth(parse(`{ people(where: { id: { eq: "x" } }) { id } }`), {}, 6)).toBe(2);
    expect(
      inputDepth(
        parse("query ($w: PersonWhere) { people(where: { NOT: $w }) { id } }"),
        { w: nested(3) },
        6,
      ),
    ).toBe(5);
    // Counting stops past the limit: a value nested a million deep costs no more to measure.
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 1_000_000; i++) deep = { NOT: deep };
    expect(
      inputDepth(parse("query ($w: PersonWhere) { people(where: $w) { id } }"), { w: deep }, 6),
    ).toBe(7);
    expect(
      check(
        `{ people(where: ${"{ NOT: ".repeat(11)}{ id: { eq: "x" } }${" }".repeat(11)}) { id } }`,
      )?.extensions,
    ).toMatchObject({
      code: "INPUT_TOO_DEEP",
      max: DEFAULT_LIMITS.maxInputDepth,
      found: 13,
    });
    expect(
      check(
        `{ people(where: { citizenOf: { single: { citizens: { single: { id: { eq: "x" } } } } } }) { id } }`,
      ),
    ).toBeUndefined();
  });

  it("weighs nested relationship filters: some and none 1, all and single 2, connections and computed lists alike", () => {
    const chain = (quantifiers: string[]) => {
      let where = `{ id: { eq: "x" } }`;
      // Outermost first: the people's countries' citizens' countries...
      for (let i = quantifiers.length - 1; i >= 0; i--)
        where = `{ ${i % 2 === 0 ? "citizens" : "citizenOf"}: { ${quantifiers[i]}: ${where} } }`;
      return `{ people(where: { citizenOf: { some: ${where} } }) { id } }`;
    };
    const depthOf = (query: string, variables: Record<string, unknown> = {}) => {
      const document = parse(query);
      return filterDepth(schema, document, getOperationAST(document)!, variables);
    };
    expect(depthOf(chain([]))).toBe(1);
    expect(depthOf(chain(["some", "none", "some"]))).toBe(4);
    expect(depthOf(chain(["all"]))).toBe(3);
    expect(depthOf(chain(["single", "all"]))).toBe(5);
    expect(
      depthOf(
        `{ stations(where: { crewConnection: { some: { node: { citizenOf: { all: { id: { eq: "japan" } } } } } } }) { id } }`,
      ),
    ).toBe(3);
    expect(
      depthOf(
        `{ modules(where: { incidentsIncludingParts_SINGLE: { updates: { some: { kind: { eq: REPAIR_ATTEMPTED } } } } }) { id } }`,
      ),
    ).toBe(3);
    // Through variables, fragments and the deepest of several branches.
    expect(
      depthOf(
        `query ($w: PersonWhere) { ...F } fragment F on Query { people(where: { OR: [{ id: { eq: "a" } }, $w] }) { id } }`,
        { w: { citizenOf: { all: { citizens: { all: { id: { eq: "y" } } } } } } },
      ),
    ).toBe(4);
    expect(check(chain(["some", "none", "some"]))).toBeUndefined();
    expect(check(chain(["all", "all"]))?.extensions).toMatchObject({
      code: "FILTER_TOO_DEEP",
      max: DEFAULT_LIMITS.maxFilterDepth,
      found: 5,
      cheaperRead: "neighbourhood",
    });
  });

  it("names the purpose-built read that answers a refused question more cheaply", () => {
    const parts = check(
      `{ stations { parts { ... on Segment { parts { ... on Module { parts { ... on Component { incidents { title updates { kind } } } } } } } } } }`,
    );
    expect(parts?.extensions).toMatchObject({
      code: "QUERY_TOO_COMPLEX",
      cheaperRead: "incidentsIncludingParts",
    });
    expect(parts?.message).toContain("incidentsIncludingParts (on stations, segments, modules");
    const names = Array.from(
      { length: 12 },
      (_, i) =>
        `p${i}: people(where: { name: { contains: "${i}" } }, limit: 1000) { statements { text } }`,
    );
    expect(check(`{ ${names.join(" ")} }`)?.extensions).toMatchObject({
      cheaperRead: "searchConnection",
    });
  });

  it("refuses a negative page or one over the cap, naming the argument", () => {
    expect(check("{ people(offset: -1) { id } }")?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "offset",
    });
    expect(
      check("query ($n: Int) { stations { crew(limit: $n) { id } } }", { n: -2 })?.extensions,
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "limit",
    });
    expect(
      check(`{ peopleConnection(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`)?.extensions,
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "first",
    });
    expect(check(`{ people(offset: 5000, limit: ${MAX_PAGE_SIZE}) { id } }`)).toBeUndefined();
  });

  it("refuses a cursor the library did not issue, at the top and nested, naming the argument", () => {
    const page2 = cursorOfOffset(1);
    expect(check(`{ peopleConnection(first: 2, after: "${page2}") { totalCount } }`)).toBe(
      undefined,
    );
    expect(check(`{ peopleConnection(first: 2, after: "garbage") { totalCount } }`)).toMatchObject({
      message: expect.stringContaining("after of Query.peopleConnection"),
      extensions: { code: "BAD_USER_INPUT", field: "after" },
    });
    const nested = `query ($after: String) {
      agencies { membersConnection(first: 1, after: $after) { edges { cursor } } } }`;
    expect(check(nested, { after: page2 })).toBeUndefined();
    expect(check(nested, { after: null })).toBeUndefined();
    expect(check(nested, { after: "" })?.extensions).toMatchObject({ field: "after" });
    expect(
      check(`{ peopleByName(phrase: "oleg", after: "YXJyYXljb25uZWN0aW9uOi0x") { totalCount } }`)
        ?.extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});

describe("the same limits over graphql-ws", () => {
  const subscribe = (query: string, introspection = true) =>
    queryLimits(schema, { limits: DEFAULT_LIMITS, introspection }).graphqlWs.onSubscribe!(
      {} as never,
      "1",
      { query },
    );

  it("refuses with the limit's code, and introspection when it is off", async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: logPosition`).join(" ");
    expect(await subscribe(`{ ${aliases} }`)).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: "TOO_MANY_ALIASES" }),
      }),
    ]);
    expect(await subscribe(`{ logPosition ${"__typename ".repeat(2000)} }`)).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "QUERY_TOO_LARGE" }) }),
    ]);
    expect(await subscribe("{ __schema { types { name } } }")).toMatchObject({
      document: expect.anything(),
    });
    expect(await subscribe("{ __schema { types { name } } }", false)).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining("introspection") }),
    );
  });
});
