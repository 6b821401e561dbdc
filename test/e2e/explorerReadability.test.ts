import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { drawnNodes } from "../support/drawnGraph";
import { explorerInBrowser } from "../support/explorerInBrowser";

const ARTICLE = "iss-leaks-ap-2024-02-29";

/** What the functions run in the page use of it (this file is compiled without DOM types). */
interface PageGlobals {
  document: { querySelector(selector: string): { textContent: string | null } | null };
  MutationObserver: new (callback: () => void) => {
    observe(
      target: unknown,
      options: { subtree: boolean; childList: boolean; characterData: boolean },
    ): void;
  };
  __descriptions?: string[];
}

/** The seed's count of the article's facts, as the README gives it: an entry each, by command. */
function seededFacts(): string {
  const entries = parse(readFileSync(`seed/articles/${ARTICLE}/facts.yaml`, "utf8")) as {
    do: string;
  }[];
  const of = (command: string) => entries.filter((entry) => entry.do === command).length;
  return (
    `${entries.length} facts (${of("RegisterEntity")} entities, ${of("LinkEntities")} relations, ` +
    `${of("ReportIncident")} incidents, ${of("RecordIncidentUpdate")} updates, ` +
    `${of("RecordStatement")} statements)`
  );
}

describe("the explorer reads plainly: counts, dates, names, labels and its icon", () => {
  const { session, open } = explorerInBrowser();

  it("counts the article's facts once, when all are in, as the seed (and the README) does", async () => {
    const page = await session.browser.context.newPage();
    // Every text the article's description shows, from the first render on.
    await page.addInitScript(() => {
      const globals = globalThis as unknown as PageGlobals;
      globals.__descriptions = [];
      new globals.MutationObserver(() => {
        const text = globals.document.querySelector(".article-page .description")?.textContent;
        if (text && globals.__descriptions!.at(-1) !== text) globals.__descriptions!.push(text);
      }).observe(globals.document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${session.origin}/explore/article/${ARTICLE}`);
    await page.locator(".article-page .description[data-facts]").waitFor();
    await page.waitForLoadState("networkidle");
    const shown = await page.evaluate(() => (globalThis as unknown as PageGlobals).__descriptions!);
    const figures = [...new Set(shown.filter((text) => /\d+ facts/.test(text)))];
    expect(figures).toHaveLength(1);
    expect(figures[0]).toContain(`sentences are cited by ${seededFacts()}`);
    await page.close();
  });

  it("says a date as precisely as it is, once", async () => {
    const page = await open("/explore/entity/zvezda");
    const when = page.locator('#incidents ~ ul [data-fact="zvezda-air-leak"] .meta .world-time');
    await expect(when.textContent()).resolves.toBe("September 2019");
    expect(await when.getAttribute("data-precision")).toBe("month");
    await page.close();
  });

  it("names the incident of each update on the timeline, where two updates say the same", async () => {
    const page = await open("/explore/timeline");
    const row = (factId: string) => page.locator(`[data-fact="${factId}"]`);
    const soyuz = row("soyuz-coolant-leak/cause-determined");
    const progress = row("progress-coolant-leak/cause-determined");
    await soyuz.locator(".incident-of").waitFor();
    expect(await soyuz.locator(".title").textContent()).toBe(
      await progress.locator(".title").textContent(),
    );
    await expect(soyuz.locator(".incident-of").textContent()).resolves.toMatch(
      /^Update to Coolant leak from a Soyuz/,
    );
    await expect(progress.locator(".incident-of").textContent()).resolves.toMatch(
      /^Update to Coolant leak from a Progress/,
    );
    expect(await soyuz.locator(".incident-of a").getAttribute("href")).toBe(
      "/explore/incident/soyuz-coolant-leak",
    );
    await page.close();
  });

  it("draws the graph's labels readable at a phone's width, its centre in view", async () => {
    const page = await open("/explore/graph/zvezda", { width: 390, height: 844 });
    await page.locator(".graph-canvas[data-node-ids]").waitFor();
    const drawn = await drawnNodes(page, "__exploreCy");
    expect(drawn.nodes.length).toBeGreaterThan(5);
    const small = drawn.nodes.filter((node) => node.fontPixels < 12);
    expect(small.map((node) => `${node.id}: ${node.fontPixels.toFixed(1)} px`)).toEqual([]);
    const centre = drawn.nodes.find((node) => node.id === "zvezda")!;
    expect(centre.box.x1).toBeGreaterThanOrEqual(0);
    expect(centre.box.x2).toBeLessThanOrEqual(drawn.width);
    expect(centre.box.y1).toBeGreaterThanOrEqual(0);
    expect(centre.box.y2).toBeLessThanOrEqual(drawn.height);
    await page.close();
  });

  it("has an icon: both pages link one, and /favicon.ico is it", async () => {
    for (const route of ["/explore", "/graphql"]) {
      const html = await (
        await fetch(session.origin + route, { headers: { accept: "text/html" } })
      ).text();
      const href = /<link rel="icon"[^>]* href="([^"]+)"/.exec(html)?.[1];
      expect({ route, href }).toEqual({ route, href: expect.stringMatching(/^\/graphql\/ide\//) });
      const icon = await fetch(session.origin + href!);
      expect({ route, status: icon.status, type: icon.headers.get("content-type") }).toEqual({
        route,
        status: 200,
        type: expect.stringMatching(/^image\/svg\+xml/),
      });
    }
    const favicon = await fetch(`${session.origin}/favicon.ico`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(await favicon.text()).toContain("<svg");
  });

  it("raised no error in any page and sent nothing off this machine", () => {
    expect(session.errors).toEqual([]);
    expect(session.browser.external).toEqual([]);
  });
});
