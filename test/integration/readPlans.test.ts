import type { Driver } from "neo4j-driver";
import { ingestArticle } from "../../src/commands/ingestArticle";
import { factStreams } from "../../src/eventstore/EventLogReader";
import { FACT_EVENTS_PAGE } from "../../src/eventstore/factEvents";
import { int } from "../../src/neo4j/neo4jValues";
import type { Neo4jEventStore } from "../../src/eventstore/Neo4jEventStore";
import { incidentsPage } from "../../src/explore/incidentPages";
import { sourcesPage } from "../../src/explore/sourceCitations";
import { GraphExplorer } from "../../src/explore/GraphExplorer";
import {
  queryPlan,
  recordingDriver,
  isScan,
  type SentStatement,
} from "../../src/explore/queryPlans";
import { loadSeedArticles } from "../../src/seed/seedFolder";
import { freshServices, TEST_DATABASE } from "../support/testServices";

const PERSON = { person: "loral-ohara", validOn: "2024-02-29" };
const MODULE = { hardware: "zvezda" };

/**
 * Every custom read that names where to start (an id, a fact, an end of a relation) starts from
 * an index seek: its plan has no label, type or store scan, whatever the size of the graph.
 * (The benchmark PROFILEs the same reads on its corpus and reports their database hits.)
 */
describe("the custom reads' plans", () => {
  let driver: Driver;
  let explorer: GraphExplorer;
  let store: Neo4jEventStore;
  const queries: SentStatement[] = [];

  beforeAll(async () => {
    const services = await freshServices();
    driver = services.driver;
    store = services.handler.store;
    for (const bundle of loadSeedArticles())
      await ingestArticle(services.handler, bundle.article, bundle.facts);
    // The explorer's driver records each query it runs, then runs it.
    explorer = new GraphExplorer(
      recordingDriver(driver, queries),
      TEST_DATABASE,
      services.handler.store,
    );
  });

  afterAll(async () => {
    await driver?.close();
  });

  const reads: [string, (explorer: GraphExplorer) => Promise<unknown>][] = [
    ["neighbourhood", (e) => e.neighbourhood("zvezda", 2, 500, {})],
    [
      "neighbourhood as of a position",
      (e) => e.neighbourhood("zvezda", 1, 500, { asOfPosition: 40 }),
    ],
    ["neighbourhood true on a date", (e) => e.neighbourhood("iss", 1, 500, { validOn: "2024-02" })],
    ["path", (e) => e.path("satoshi-furukawa", "zvezda", 6, {})],
    ["timeline about a module", (e) => e.timeline({ about: "zvezda" }, {})],
    ["timeline as of a position", (e) => e.timeline({ about: "zvezda" }, { asOfPosition: 60 })],
    [
      "relations to a node",
      (e) => e.relations({ type: "CREW_OF", to: "iss" }, { asOfPosition: 60 }),
    ],
    ["relations from a node", (e) => e.relations({ from: "satoshi-furukawa" }, {})],
    [
      "a timeline page about a module, after a cursor, and its count",
      async (e) => {
        const page = await e.timelinePage({ about: "zvezda" }, {}, { first: 2 });
        const next = await e.timelinePage(
          { about: "zvezda" },
          {},
          { first: 2, after: page.pageInfo.endCursor },
        );
        return typeof next.totalCount === "function" ? next.totalCount() : next.totalCount;
      },
    ],
    [
      "a page of relations to a node, after a cursor, and its count",
      async (e) => {
        const filter = { type: "CREW_OF", to: "iss" };
        const page = await e.relationsPage(filter, { asOfPosition: 60 }, { first: 2 });
        const after = page.pageInfo.endCursor;
        const next = await e.relationsPage(filter, { asOfPosition: 60 }, { first: 2, after });
        return typeof next.totalCount === "function" ? next.totalCount() : next.totalCount;
      },
    ],
    ["relation by id", (e) => e.relationById("furukawa-member-of-jaxa")],
    ["search", (e) => e.search({ phrase: "meteoroids", syntax: "TEXT", fuzzy: false }, 20)],
    ["a search's page", (e) => e.searchPage({ phrase: "leak", syntax: "TEXT", fuzzy: false }, {})],
    ["a page of a fact's sources", (e) => sourcesPage(store, e.reader, "zvezda", { first: 2 })],
    ["a page of a person's incidents", (e) => incidentsPage(e.reader, PERSON, { first: 2 })],
    ["a page of a module's incidents", (e) => incidentsPage(e.reader, MODULE, { first: 2 })],
  ];

  it.each(reads)("%s starts from an index seek", async (_name, read) => {
    queries.length = 0;
    await read(explorer);
    expect(queries.length).toBeGreaterThan(0);
    for (const { cypher, params } of queries) {
      const plan = await queryPlan(driver, TEST_DATABASE, cypher, params, "EXPLAIN");
      expect(plan.leaves.filter(isScan)).toEqual([]);
    }
  });

  it("a timeline page reads its entries in the index's order and stops at its first + 1 (no sort)", async () => {
    queries.length = 0;
    await explorer.timelinePage({ about: "zvezda" }, {}, { first: 2 });
    const { cypher, params } = queries[0]!;
    const plan = await queryPlan(driver, TEST_DATABASE, cypher, params, "EXPLAIN");
    // Neo4j 5 gives the order of a composite index only to an ORDER BY that names its first
    // column, though the seek fixes it: without `t.about` the page is a top-k sort of every entry
    // of the node (41,431 db hits for the busiest module at 1M against 923; bench/README.md).
    expect(plan.leaves).toContain("NodeIndexSeek");
    expect(plan.leaves).not.toContain("NodeIndexScan");
    expect(plan.operators).toContain("Limit");
    expect(plan.operators).not.toContain("Top");
    expect(plan.operators).not.toContain("Sort");
  });

  it.each([
    ["a page of relations", (e: GraphExplorer) => e.relationsPage({ to: "iss" }, {}, { first: 2 })],
    ["a page of a person's incidents", (e: GraphExplorer) => incidentsPage(e.reader, PERSON, {})],
    ["a page of a module's incidents", (e: GraphExplorer) => incidentsPage(e.reader, MODULE, {})],
  ])(
    "%s keeps its first + 1 keys as it reads (a top-k sort), never sorts every row",
    async (_name, read) => {
      queries.length = 0;
      await read(explorer);
      const plan = await queryPlan(
        driver,
        TEST_DATABASE,
        queries[0]!.cypher,
        queries[0]!.params,
        "EXPLAIN",
      );
      expect(plan.operators).toContain("Top");
      expect(plan.operators).not.toContain("Sort");
    },
  );

  it.each([[false], [true]])(
    "a page of a fact's events (sourced only: %s) seeks its streams and keeps its first + 1 (a top-k sort)",
    async (sourced) => {
      const params = { streams: factStreams("zvezda"), sourced, after: int(0), limit: int(3) };
      const plan = await queryPlan(driver, TEST_DATABASE, FACT_EVENTS_PAGE, params, "EXPLAIN");
      expect(plan.leaves.filter(isScan)).toEqual([]);
      expect(plan.operators).toContain("Top");
      expect(plan.operators).not.toContain("Sort");
    },
  );

  it("would notice a read that scans", async () => {
    const plan = await queryPlan(
      driver,
      TEST_DATABASE,
      "MATCH (a)-[r]->(b) WHERE a.id = $id RETURN r",
      { id: "zvezda" },
      "EXPLAIN",
    );
    expect(plan.leaves.some(isScan)).toBe(true);
  });
});
