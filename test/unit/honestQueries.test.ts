import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  Kind,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";
import { DEFAULT_LIMITS } from "../../src/config/serverSettings";
import { buildSchema } from "../../src/graphql/buildSchema";
import { queryLimits, type QueryLimits } from "../../src/graphql/queryLimits";
import { seedFuzzTargets } from "../fuzz/fuzzTargets";
import { hostileRequests } from "../fuzz/hostileRequests";
import { COOKBOOK_IN_GRAPHQL } from "../support/cookbookInGraphQL";

/**
 * The limits fit honest use: every operation a person or a frontend of this project asks (the
 * IDE's examples, the explorer's operations, the docs' GraphQL, the cookbook's questions asked
 * through GraphQL with the generated filters) passes every default limit, while every bomb the
 * fuzzer sends is still refused. Judged as the server judges: parsing within the token limit,
 * validation with the depth, alias and directive rules, then input nesting, filter depth, pages
 * and cost (queryLimits' graphql-ws path, the same checks as HTTP's).
 */
let schema: GraphQLSchema;
let limits: QueryLimits;

beforeAll(async () => {
  schema = (await buildSchema(undefined as never)).schema;
  limits = queryLimits(schema, { limits: DEFAULT_LIMITS, introspection: true });
});

/** The refusal's codes, or [] when the operation passes every limit. */
async function refusalOf(
  query: string,
  operationName?: string,
  variables?: Record<string, unknown>,
): Promise<string[]> {
  const checked = await limits.graphqlWs.onSubscribe!({} as never, "1", {
    query,
    ...(operationName ? { operationName } : {}),
    ...(variables ? { variables } : {}),
  });
  if (!Array.isArray(checked)) return [];
  return checked.map((e) => `${String(e.extensions?.code ?? "INVALID")}: ${e.message}`);
}

const graphqlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), "utf8") }));

/** Variables the explorer sends with its operations (as its pages do, for Zvezda and its leak). */
const EXPLORER_VARIABLES: Record<string, Record<string, unknown>> = {
  ArticlePage: { id: "iss-leaks-ap-2024-02-29" },
  EntityPage: { id: "zvezda", factId: "zvezda" },
  EntityFacts: { id: "zvezda", isModule: true },
  Neighbourhood: { id: "zvezda", depth: 3, validOn: "2024-02-29" },
  IncidentPage: { id: "zvezda-air-leak", factId: "zvezda-air-leak" },
  LiveEvents: { fromPosition: 1 },
  Search: { phrase: "zvezd" },
  StatementPage: { id: "statement-1", factId: "statement-1" },
  TimelinePage: { about: "zvezda", from: "2019", until: "2024" },
  TimelineSources: {
    incidentIds: ["zvezda-air-leak", "nauka-coolant-leak"],
    updateIds: ["zvezda-leak-located"],
    statementIds: ["statement-1"],
  },
  EntityName: { id: "zvezda" },
};

/** Every operation of the explorer, each with the fragments it may spread. */
function explorerOperations(): { name: string; query: string }[] {
  const files = graphqlFiles(path.join("ide", "explore", "operations"));
  const definitions = files.flatMap(({ text }) => parse(text).definitions);
  const fragments = new Map(
    definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  /** The fragments a definition spreads, and those they spread. */
  const used = (node: ASTNode, into: Set<string>): Set<string> => {
    visit(node, {
      FragmentSpread(spread) {
        if (into.has(spread.name.value)) return;
        into.add(spread.name.value);
        used(fragments.get(spread.name.value)!, into);
      },
    });
    return into;
  };
  return definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION && d.name
      ? [
          {
            name: d.name.value,
            query: print({
              kind: Kind.DOCUMENT,
              definitions: [d, ...[...used(d, new Set())].map((name) => fragments.get(name)!)],
            } as DocumentNode),
          },
        ]
      : [],
  );
}

/** The docs' GraphQL: ```graphql blocks, and inline code that is an operation of this schema. */
function docsOperations(): { where: string; query: string }[] {
  const docs = ["README.md", ...readdirSync("docs").map((file) => path.join("docs", file))];
  const found: { where: string; query: string }[] = [];
  for (const file of docs.filter((f) => f.endsWith(".md"))) {
    const text = readFileSync(file, "utf8");
    for (const block of text.matchAll(/```graphql\n([\s\S]*?)```/g))
      found.push({ where: file, query: block[1]! });
    for (const span of text.matchAll(/`((?:query|subscription|mutation)?\s*\{[^`]*\})`/g)) {
      try {
        const document = parse(span[1]!);
        if (validate(schema, document, specifiedRules).length === 0)
          found.push({ where: `${file} (inline)`, query: span[1]! });
      } catch {
        // A fragment of syntax in the prose (`edges { node }`), no operation.
      }
    }
  }
  return found;
}

describe("honest queries pass the default limits", () => {
  it.each(graphqlFiles(path.join("ide", "examples")).map(({ file, text }) => [file, text]))(
    "GraphiQL's example %s",
    async (_file, query) => {
      expect(await refusalOf(query)).toEqual([]);
    },
  );

  it("every operation of the explorer, with the variables its pages send", async () => {
    const operations = explorerOperations();
    expect(operations.length).toBeGreaterThanOrEqual(12);
    for (const { name, query } of operations) {
      expect({ name, refused: await refusalOf(query, name, EXPLORER_VARIABLES[name]) }).toEqual({
        name,
        refused: [],
      });
    }
  });

  it("the GraphQL of the README and the guides", async () => {
    const operations = docsOperations();
    expect(operations.length).toBeGreaterThanOrEqual(5);
    for (const { where, query } of operations) {
      const document = parse(query);
      const names = document.definitions.flatMap((d) =>
        d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value] : [],
      );
      for (const name of names)
        expect({ where, name, refused: await refusalOf(query, name, { id: "nasa" }) }).toEqual({
          where,
          name,
          refused: [],
        });
    }
  });

  it.each(COOKBOOK_IN_GRAPHQL.map(({ question, query }) => [question, query]))(
    "the cookbook's question through GraphQL: %s",
    async (_question, query) => {
      expect(await refusalOf(query)).toEqual([]);
    },
  );
});

/**
 * The fuzzer's requests that only the limits stop: each must be refused by one of them. (Its
 * fragment bombs are not among them: spreads of spreads cost their fields once, merged by
 * name, both in the cost's weighing and in execution; the wide ones are refused for their
 * aliases, the others answered at once.)
 */
const BOMBS: Readonly<Record<string, "by a limit" | "at all">> = {
  "alias-bomb": "by a limit",
  // Past 20 directives a limit; under it, a repeated @include is invalid anyway.
  "directive-bomb": "at all",
  // Past 2,000 tokens a limit; under it, graphql-js's validation gives up on a thousand fields.
  "token-bomb": "at all",
  "deep-selection": "by a limit",
  // Valid filters, deep or doubling: only the limits stop them.
  "deep-filter": "by a limit",
  "filter-bomb": "by a limit",
  "cost-bomb": "by a limit",
};
const LIMIT_CODES =
  /^(QUERY_TOO_LARGE|QUERY_TOO_DEEP|TOO_MANY_ALIASES|TOO_MANY_DIRECTIVES|QUERY_TOO_COMPLEX|INPUT_TOO_DEEP|FILTER_TOO_DEEP):/;

describe("while every bomb of the fuzzer is refused", () => {
  it("with its limit's code, over 3,000 generated requests", async () => {
    const seen = new Map<string, number>();
    const targets = seedFuzzTargets("Bearer x", {
      refusedCredentials: ["Bearer x"],
      legacyKeyId: "0".repeat(16),
    });
    for (const hostile of hostileRequests(20261126, 3_000, targets)) {
      const how = BOMBS[hostile.kind];
      if (!how) continue;
      const { query, variables } = JSON.parse(String(hostile.body)) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      const refused = await refusalOf(query, undefined, variables);
      const asExpected =
        how === "at all" ? refused.length > 0 : refused.some((reason) => LIMIT_CODES.test(reason));
      const shown = { query: query.slice(0, 300), refused };
      expect({ kind: hostile.kind, asExpected, ...(asExpected ? {} : shown) }).toEqual({
        kind: hostile.kind,
        asExpected: true,
      });
      seen.set(hostile.kind, (seen.get(hostile.kind) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(BOMBS).sort());
  });
});
