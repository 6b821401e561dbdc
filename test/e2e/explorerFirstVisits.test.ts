import { readdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { ideAssets } from "../../src/server/ideAssets";
import { ensureSchema } from "../../src/neo4j/ensureSchema";
import { launchOfflineChromium, type OfflineChromium } from "../support/offlineChromium";
import { buildServer, startServerProcess, type ServerProcess } from "../support/serverProcess";
import { emptyDatabase } from "../../tools/support/emptyDatabase";
import { testDriver } from "../support/testDatabase";

/** Each kind of explorer page, and what shows once the API's answers to it are drawn. */
const PAGE_KINDS = [
  { kind: "home", path: "/explore", usable: "#articles ~ ul a" },
  { kind: "entity: a module", path: "/explore/entity/zvezda", usable: ".entity-page #said-about" },
  {
    kind: "entity: a person",
    path: "/explore/entity/oleg-kononenko",
    usable: ".entity-page #said-about",
  },
  { kind: "entity: an agency", path: "/explore/entity/nasa", usable: ".entity-page #said-about" },
  {
    kind: "incident",
    path: "/explore/incident/zvezda-air-leak",
    usable: '.incident-page[data-incident="zvezda-air-leak"]',
  },
  {
    kind: "statement",
    path: "/explore/statement/montalbano-leak-increased",
    usable: '.statement-page[data-statement="montalbano-leak-increased"]',
  },
  {
    kind: "article",
    path: "/explore/article/iss-leaks-ap-2024-02-29",
    usable: ".article-page .cited-sentence",
  },
  {
    kind: "timeline",
    path: "/explore/timeline",
    usable: '.timeline-row[data-fact="zvezda-air-leak"]',
  },
  { kind: "graph", path: "/explore/graph/zvezda", usable: ".graph-canvas[data-node-ids]" },
] as const;

/** The most a first visit may take beyond the second. */
const FIRST_VISIT_ALLOWANCE_MS = 1000;

/**
 * A first visit of each kind of explorer page costs what a second one does: the server, started
 * afresh over a Neo4j whose query plans are cleared (as a Neo4j just started has none), plans
 * the pages' queries just after ready (src/graphql/warmPlans.ts). WARM_PLANS=false shows what
 * that saves (this test then fails, with the figures).
 */
describe("the explorer's first visits after a fresh start", () => {
  let server: ServerProcess;
  let browser: OfflineChromium;
  let context: BrowserContext;
  let origin: string;
  let warmedIn = "";

  beforeAll(async () => {
    buildServer();
    const driver = testDriver();
    try {
      await ensureSchema(driver, "neo4j");
      await emptyDatabase(driver);
      // What earlier test files planned is forgotten, as by a Neo4j just started.
      await driver.executeQuery("CALL db.clearQueryCaches()");
    } finally {
      await driver.close();
    }
    server = await startServerProcess({
      LOG_LEVEL: "info",
      ...(process.env.WARM_PLANS ? { WARM_PLANS: process.env.WARM_PLANS } : {}),
    });
    origin = new URL(server.url).origin;
    if (process.env.WARM_PLANS !== "false") {
      // Minutes on a busy machine: some sixty plans, a few seconds each there.
      const deadline = Date.now() + 600_000;
      while (!/query plans warmed|warming the query plans failed/.test(server.output())) {
        if (Date.now() > deadline) throw new Error(`no end of warming:\n${server.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      warmedIn = /query plans warmed: (.*?)"/.exec(server.output())?.[1] ?? "";
      // Every variant ran: one refused (a made-up cursor, a writer's read) planned nothing.
      expect(warmedIn).toMatch(/variants, in/);
      expect(warmedIn).not.toMatch(/answered an error/);
      console.log(/.*query plans warmed.*/.exec(server.output())?.[0]);
    }
    browser = await launchOfflineChromium("explorer-first-visits-");
    context = browser.context;
    // The pages' scripts and styles into the browser's cache, from a page that reads nothing
    // of a kind measured below, and the graph page's drawing (loaded when first drawn): both
    // visits then load them from there alike, and the figures are the API's.
    const page = await context.newPage();
    await page.goto(`${origin}/explore/no-such-page`);
    await page.locator("main .page h1").first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const drawing = readdirSync(path.join(ideAssets().dir, "assets")).filter((name) =>
      /^(GraphCanvas|cytoscape)\S*\.js$/.test(name),
    );
    expect(drawing.length).toBeGreaterThan(0);
    // As text: a function's import() would reach the page as Jest's transform compiled it
    // (a require helper the page does not have).
    const urls = drawing.map((name) => `${origin}/graphql/ide/assets/${name}`);
    await page.evaluate(`Promise.all(${JSON.stringify(urls)}.map((url) => import(url)))`);
    await page.close();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  /**
   * A visit: milliseconds from a new page's navigation to `selector` drawn from the API's
   * answers, and the slowest of the operations the server answered meanwhile (its log's `ms`),
   * so that a first visit's extra time is told apart: the server's or the browser's.
   */
  async function visit(path: string, selector: string): Promise<{ page: number; server: number }> {
    const logged = server.output().length;
    const page: Page = await context.newPage();
    try {
      await page.goto(origin + path, { waitUntil: "commit" });
      const handle = await page.waitForFunction(
        (s) => {
          const g = globalThis as unknown as {
            document: { querySelector(s: string): unknown };
            performance: { now(): number };
          };
          return g.document.querySelector(s) ? g.performance.now() : false;
        },
        selector,
        { polling: "raf", timeout: 60_000 },
      );
      const operations = [
        ...server
          .output()
          .slice(logged)
          .matchAll(/"ms":(\d+)[^\n]*"msg":"graphql"/g),
      ];
      return {
        page: Math.round((await handle.jsonValue()) as number),
        server: Math.max(0, ...operations.map((match) => Number(match[1]))),
      };
    } finally {
      await page.close();
    }
  }

  it("draws each kind of page on its first visit within a second of its second visit", async () => {
    type Visit = Awaited<ReturnType<typeof visit>>;
    const rows: { kind: string; first: Visit; second: Visit }[] = [];
    for (const { kind, path, usable } of PAGE_KINDS) {
      const first = await visit(path, usable);
      const second = await visit(path, usable);
      rows.push({ kind, first, second });
    }
    const ms = (value: number) => String(value).padStart(6);
    console.log(
      [
        `explorer: first and second visits after a fresh start (${warmedIn ? `query plans warmed: ${warmedIn}` : "no warming"}; ms; "server": its slowest operation)`,
        ...rows.map(
          ({ kind, first, second }) =>
            `  ${kind.padEnd(18)} first ${ms(first.page)}  second ${ms(second.page)}  difference ${ms(first.page - second.page)}` +
            `   server: first ${ms(first.server)}  second ${ms(second.server)}`,
        ),
      ].join("\n"),
    );
    const tooSlow = rows.filter(
      ({ first, second }) => first.page - second.page > FIRST_VISIT_ALLOWANCE_MS,
    );
    expect(tooSlow).toEqual([]);
  }, 300_000);
});
