import type { Driver } from "neo4j-driver";
import { CATALOGUE } from "../../src/catalogue/commands";
import { KEEP_PLAN } from "../../src/eventstore/CypherRunner";
import { isScan, queryPlan } from "../../src/explore/queryPlans";
import { ingestArticle } from "../../src/commands/ingestArticle";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { orderedStatements, Projector } from "../../src/projection/Projector";
import { rewriteTimelineEntries } from "../../src/projection/timelineEntries";
import { loadSeedArticles } from "../../src/seed/seedFolder";
import { freshServices, logCounts, TEST_DATABASE } from "../support/testServices";

/**
 * The projection's statements keep the plan they were first given (KEEP_PLAN), which may be made
 * on an empty projection (a rebuild, a new database): planned there, none may scan a label, a
 * type or the store, or it would scan them for every batch once the graph is large (the timeline
 * entries' statement once did: 1M bench ingestion fell to 100 events/s by 30,000 events).
 * Each is planned afresh (`replan=force`) over the emptied test database, whatever is cached.
 */
describe("the projection's statements, planned on an empty projection", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = (await freshServices()).driver;
  });

  afterAll(async () => {
    await driver?.close();
  });

  const freshPlan = (statement: string, params: Record<string, unknown>) =>
    queryPlan(
      driver,
      TEST_DATABASE,
      `CYPHER replan=force ${statement.replace(KEEP_PLAN, "")}`,
      params,
      "EXPLAIN",
    );

  const statements = [...orderedStatements(CATALOGUE)];

  it("cover every ordered event type, each keeping its plan", () => {
    expect(statements.map(([type]) => type)).toEqual(
      CATALOGUE.orderedProjections.map((event) => event.type),
    );
    for (const [, statement] of statements) expect(statement.startsWith(KEEP_PLAN)).toBe(true);
  });

  it.each(statements)(
    "%s starts from index seeks",
    async (_type, statement) => {
      const plan = await freshPlan(statement, { rows: [] });
      expect(plan.leaves.length).toBeGreaterThan(0);
      expect(plan.leaves.filter(isScan)).toEqual([]);
    },
    30_000,
  );

  // The other statements that keep their plans: the set projections' and the timeline entries'.
  const kept = new Projector(CATALOGUE)
    .statementsToPlan()
    .filter(({ text }) => text.startsWith(KEEP_PLAN) && !statements.some(([, s]) => s === text))
    .map(({ text, parameters }) => {
      const start = text.slice(KEEP_PLAN.length).replace(/\s+/g, " ").trim().slice(0, 70);
      return [start, text, parameters] as const;
    });

  it("cover the timeline entries' statement", () => {
    expect(kept.some(([, text]) => text === rewriteTimelineEntries(CATALOGUE, []).text)).toBe(true);
  });

  it.each(kept)(
    "%s… starts from index seeks",
    async (_start, statement, parameters) => {
      const plan = await freshPlan(statement, parameters);
      expect(plan.leaves.length).toBeGreaterThan(0);
      expect(plan.leaves.filter(isScan)).toEqual([]);
    },
    30_000,
  );

  it("would notice a statement that scans on an empty projection", async () => {
    // MERGE of a relationship of a dynamic type between two nodes found by id: planned over an
    // empty store, it scans every relationship (what FactCorrected's links once did).
    const plan = await freshPlan(
      `UNWIND $rows AS e
       MATCH (n:Fact {id: e.from}) MATCH (b:Fact {id: e.to})
       MERGE (n)-[r:$(e.type) {id: e.id}]->(b)`,
      { rows: [] },
    );
    expect(plan.leaves.some(isScan)).toBe(true);
  });
});

describe("planning the projection's statements ahead of the first append", () => {
  it("runs each of them once, writing nothing", async () => {
    const { driver, handler } = await freshServices();
    try {
      for (const bundle of loadSeedArticles())
        await ingestArticle(handler, bundle.article, bundle.facts);
      const graphBefore = await projectionFingerprint(driver, TEST_DATABASE);
      const logBefore = await logCounts(driver);
      const planned = await handler.store.planProjections();
      expect(planned).toBe(new Projector(CATALOGUE).statementsToPlan().length);
      expect(planned).toBeGreaterThanOrEqual(CATALOGUE.orderedProjections.length);
      expect(await projectionFingerprint(driver, TEST_DATABASE)).toEqual(graphBefore);
      expect(await logCounts(driver)).toEqual(logBefore);
    } finally {
      await driver.close();
    }
  }, 120_000);
});
