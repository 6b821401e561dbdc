import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import type { Driver } from "neo4j-driver";
import { runReadOnlyCypher } from "../../src/analyst/readOnlyCypher";
import { markdownCell } from "../../src/analyst/resultFormats";
import type { StartedServer } from "../../src/server/ApiServer";
import { writeFileSync } from "node:fs";
import {
  CYPHER_COOKBOOK,
  parseCookbook,
  readCookbook,
  withAnswers,
} from "../support/cypherCookbookDoc";
import { testDriver } from "../support/testDatabase";
import { graphqlClient, startTestServer } from "../support/testServer";
import { bearer } from "../../tools/support/testTokens";
import { TEST_DATABASE } from "../support/testServices";

const cookbook = parseCookbook(readCookbook());

/**
 * UPDATE_COOKBOOK=1 writes the answers the database gives into the page instead of comparing them
 * (as `jest -u` does for snapshots): for when the seed changes. Review the diff.
 */
const UPDATE = process.env.UPDATE_COOKBOOK === "1";
const answers = new Map<string, { columns: string[]; rows: string[][] }>();

/** A row as one line of text, so that a failing answer shows as a line-by-line diff. */
const line = (cells: readonly string[]) => cells.join(" | ");

describe("docs/cypher-cookbook.md: every question, answered by the seeded database", () => {
  let server: StartedServer;
  let driver: Driver;

  beforeAll(async () => {
    // The server seeds the empty test database with the article, as `npm start` does.
    server = await startTestServer();
    driver = testDriver();
    const request = graphqlClient(server.url, await bearer("writer"));
    const mutation = parse(cookbook.setup.mutation) as TypedDocumentNode<
      unknown,
      Record<string, unknown>
    >;
    for (const variables of cookbook.setup.variables) {
      const response = await request(mutation, variables);
      expect(response.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    if (UPDATE) writeFileSync(CYPHER_COOKBOOK, withAnswers(readCookbook(), answers));
    await driver?.close();
    await server?.stop();
  });

  it("has at least 15 questions, each with its own title", () => {
    expect(cookbook.questions.length).toBeGreaterThanOrEqual(15);
    const titles = cookbook.questions.map((q) => q.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(cookbook.setup.variables.length).toBeGreaterThan(0);
  });

  it.each(cookbook.questions.map((q) => [q.title, q] as const))("%s", async (_title, question) => {
    // Rows come in a defined order only when the query orders them.
    if (question.rows.length > 1) expect(question.cypher).toMatch(/\bORDER BY\b/);
    // Read-only, as an analyst runs it: a query that writes fails here.
    const result = await runReadOnlyCypher(driver, TEST_DATABASE, {
      cypher: question.cypher,
      params: question.params,
      limit: 1000,
      timeoutMs: 30_000,
    });
    expect(result.truncated).toBe(false);
    const cells = result.rows.map((row) => row.map(markdownCell));
    if (UPDATE) answers.set(question.title, { columns: result.columns, rows: cells });
    const actual = [line(result.columns), ...cells.map(line)];
    if (!UPDATE) expect(actual).toEqual([line(question.columns), ...question.rows.map(line)]);
  });
});
