import { mkdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { projectRoot } from "../../src/config/projectRoot";
import { launchOfflineChromium, type OfflineChromium } from "../support/offlineChromium";
import { TEST_ENV } from "../support/testNeo4j";

const BROWSER_URL = process.env[TEST_ENV.browserUrl];

/**
 * What Neo4j Browser 5.24 asks for off this machine, and the page's Content-Security-Policy
 * (set by src/neo4j/neo4jConf.ts) refuses before any request leaves: Google fonts (a CSS
 * @import), Segment's analytics script and Canny's widget (loaded whenever Browser is connected
 * to a Community server; no setting of 5.26 stops them).
 */
const REFUSED_BY_POLICY = ["fonts.googleapis.com", "cdn.segment.com", "canny.io"];

// Browser is served by the test Neo4j the project starts; a NEO4J_TEST_URI database is not ours.
const describeOwn = BROWSER_URL ? describe : describe.skip;

describeOwn("Neo4j Browser of the project's Neo4j, with no internet", () => {
  let browser: OfflineChromium;
  let context: BrowserContext;
  let external: string[] = [];
  const refusedByPolicy: string[] = [];

  beforeAll(async () => {
    browser = await launchOfflineChromium("neo4j-browser-test-");
    ({ context, external } = browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("connects with the test credentials and runs a query, and nothing leaves this machine", async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("requestfailed", (request) => {
      if (request.failure()?.errorText === "csp") refusedByPolicy.push(request.url());
    });
    const response = await page.goto(BROWSER_URL!, { waitUntil: "load" });
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self';");

    await page.fill('[data-testid="boltaddress"]', new URL(process.env[TEST_ENV.uri]!).host);
    await page.fill('[data-testid="username"]', process.env[TEST_ENV.user]!);
    await page.fill('[data-testid="password"]', process.env[TEST_ENV.password]!);
    await page.click('[data-testid="connect"]');
    await page
      .getByText(`You are connected as user ${process.env[TEST_ENV.user]}`)
      .waitFor({ timeout: 60_000 });

    await page.click('[data-testid="activeEditor"]');
    await page.keyboard.type("UNWIND [40, 2] AS n RETURN sum(n) AS answer");
    await page.keyboard.press("Enter");
    const frame = page.locator('[data-testid="frameContents"]', { hasText: "answer" });
    await frame.waitFor({ timeout: 60_000 });
    expect((await frame.innerText()).replace(/\s+/g, " ")).toMatch(/answer 1 42/);
    // Give the scripts Browser loads once connected time to be asked for.
    await page.waitForTimeout(3000);

    // No product-analytics consent banner: client.allow_telemetry=false reached Browser.
    expect(await page.getByText("we collect information on product usage").count()).toBe(0);

    const out = path.join(projectRoot(), "test-results");
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: path.join(out, "neo4j-browser.png") });
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    const hosts = [...new Set(refusedByPolicy.map((url) => new URL(url).hostname))].sort();
    expect(hosts.every((host) => REFUSED_BY_POLICY.includes(host))).toBe(true);
    expect(hosts).toContain("fonts.googleapis.com");
  });
});
