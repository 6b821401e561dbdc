import path from "node:path";
import { explorerInBrowser, type BrowserGlobals } from "../support/explorerInBrowser";
import { SCREENSHOTS } from "../support/serverInBrowser";
import { graphqlClient } from "../support/testServer";
import { ExplorerPositionsDocument } from "../generated/graphql";

const ARTICLE = "iss-leaks-ap-2024-02-29";
const ZVEZDA_LEAK = "zvezda-air-leak";

describe("the explorer (/explore) in a browser with no internet", () => {
  const { session, newPage, open, timeToUsable } = explorerInBrowser();

  it("is served by the API: every route gets the page, assets come precompressed and immutable", async () => {
    for (const route of ["/explore", "/explore/", "/explore/entity/zvezda", "/explore/timeline"]) {
      const response = await fetch(session.origin + route, { headers: { accept: "text/html" } });
      expect({ route, status: response.status }).toEqual({ route, status: 200 });
      expect(response.headers.get("cache-control")).toBe("no-cache");
    }
    const html = await (await fetch(session.origin + "/explore")).text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/graphql\/ide\/assets\/explore-.+\.js$/);
    const asset = (encoding: string) =>
      fetch(session.origin + script!, { headers: { "accept-encoding": encoding } });
    const brotli = await asset("gzip, deflate, br");
    expect(brotli.headers.get("content-encoding")).toBe("br");
    expect(brotli.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(brotli.headers.get("content-type")).toMatch(/javascript/);
    expect((await asset("gzip")).headers.get("content-encoding")).toBe("gzip");
    expect((await asset("identity")).headers.get("content-encoding")).toBeNull();
  });

  it("searches as one types ('/' focuses the box, arrows and Enter choose) and shows an entity with its incidents and their quotes", async () => {
    const page = await newPage("search");
    const homeMillis = await timeToUsable(page, "/explore", "#articles ~ ul a");
    console.log(
      `explorer: first page (/explore, a browser with nothing cached) usable after ${homeMillis} ms`,
    );

    await page.keyboard.press("/");
    const box = page.getByRole("combobox", { name: "Search the graph" });
    expect(
      await box.evaluate(
        (e) => e === (globalThis as unknown as BrowserGlobals).document.activeElement,
      ),
    ).toBe(true);
    await page.keyboard.type("Zvezd", { delay: 60 });
    const first = page.getByRole("option").first();
    await expect(first.textContent()).resolves.toContain("Zvezda");
    // Each hit is a real link too.
    expect(await first.locator("a").getAttribute("href")).toBe("/explore/entity/zvezda");
    await page.keyboard.press("ArrowDown");
    expect(await first.getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${session.origin}/explore/entity/zvezda`);

    const entity = page.locator('.entity-page[data-entity="zvezda"]');
    await entity.waitFor();
    await expect(entity.locator("h1").textContent()).resolves.toBe("Zvezda");
    const incident = entity.locator(`#incidents ~ ul [data-fact="${ZVEZDA_LEAK}"]`);
    await incident.waitFor();
    await expect(incident.locator(".title a").textContent()).resolves.toMatch(/air leak/);
    // NASA's date is preferred; the list says that AP's differs, with its article.
    await expect(incident.locator(".meta .world-time").textContent()).resolves.toBe(
      "September 2019",
    );
    await expect(
      incident.locator('.claims-note [data-disputed="occurredAt"]').innerText(),
    ).resolves.toMatch(/August 2020 \(iss-leaks-ap-2024-02-29\)/);
    const quote = incident.locator("a.quote").first();
    await expect(quote.textContent()).resolves.toContain(
      "Russian space officials first reported a leak in the Zvezda module in August 2020",
    );
    expect(await quote.getAttribute("href")).toMatch(
      new RegExp(`^/explore/article/${ARTICLE}\\?quote=`),
    );
    // Relations both ways, with certainty: Zvezda is part of the Russian segment (inferred).
    const partOf = entity.locator('[data-fact="zvezda-part-of-russian-segment"]');
    await expect(partOf.textContent()).resolves.toMatch(/part of.*Russian segment.*inferred/);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explore-entity.png"), fullPage: true });
    await page.close();
  });

  it("draws the graph around an entity; the time slider takes away what the log did not know yet, the date what had not begun", async () => {
    const request = graphqlClient(session.server.url);
    const { data } = await request(ExplorerPositionsDocument, { incidentId: ZVEZDA_LEAK });
    const head = data!.logPosition;
    const leakKnownAt = data!.incident!.knownSince;
    expect(leakKnownAt).toBeLessThan(head);

    const page = await open("/explore/entity/zvezda");
    await page.getByRole("link", { name: "Graph around it" }).click();
    await page.waitForURL(`${session.origin}/explore/graph/zvezda`);
    const canvas = page.locator(".graph-canvas[data-node-ids]");
    const drawn = async () => ({
      count: Number(await canvas.getAttribute("data-node-count")),
      ids: ((await canvas.getAttribute("data-node-ids")) ?? "").split(" "),
    });
    /** Waits until the canvas draws the node (`shown`), or until it does not. */
    const whenDrawn = (id: string, shown: boolean) =>
      page.waitForFunction(
        ([id, shown]) =>
          ((globalThis as unknown as BrowserGlobals).document
            .querySelector(".graph-canvas")
            ?.getAttribute("data-node-ids")
            ?.split(" ")
            .includes(id) ?? false) === shown,
        [id, shown] as const,
      );
    await canvas.waitFor();
    const now = await drawn();
    expect(now.ids).toEqual(expect.arrayContaining(["zvezda", "russian-segment", ZVEZDA_LEAK]));
    // cytoscape's own count is what the attribute says.
    expect(
      await page.evaluate(
        () => (globalThis as unknown as BrowserGlobals).__exploreCy.nodes().length,
      ),
    ).toBe(now.count);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explore-graph.png") });

    // The slider, by keyboard: from the head back to the position before the leak was recorded.
    const slider = page.getByRole("slider");
    await slider.focus();
    for (let p = head; p > leakKnownAt - 1; p--) await page.keyboard.press("ArrowLeft");
    await page.waitForURL(new RegExp(`asOf=${leakKnownAt - 1}`));
    await whenDrawn(ZVEZDA_LEAK, false);
    const before = await drawn();
    expect(before.ids).not.toContain(ZVEZDA_LEAK);
    expect(before.ids).toEqual(expect.arrayContaining(["zvezda", "russian-segment"]));
    expect(before.count).toBeLessThan(now.count);
    await expect(page.locator(".time-travel label").first().textContent()).resolves.toContain(
      `position ${leakKnownAt - 1} of ${head}`,
    );

    // Back to now, then as true on a date before the leak began (August 2020).
    await page.keyboard.press("End");
    await whenDrawn(ZVEZDA_LEAK, true);
    await page.locator('.time-travel input[type="date"]').fill("2019-06-01");
    await page.waitForURL(/validOn=2019-06-01/);
    await whenDrawn(ZVEZDA_LEAK, false);
    await page.getByRole("button", { name: "Any date" }).click();

    // A node chosen on the canvas can be opened or expanded: expanding the segment adds its
    // other parts (Nauka's neighbours among them).
    const full = await drawn();
    await page.evaluate(() =>
      (globalThis as unknown as BrowserGlobals).__exploreCy.getElementById("n:iss").emit("tap"),
    );
    await expect(page.locator("#selected-node").textContent()).resolves.toBe(
      "International Space Station",
    );
    expect(await page.getByRole("link", { name: "Open its page" }).getAttribute("href")).toBe(
      "/explore/entity/iss",
    );
    await page.getByRole("button", { name: "Expand" }).click();
    await page.waitForURL(/expand=iss/);
    await page.waitForFunction(
      (count) =>
        Number(
          (globalThis as unknown as BrowserGlobals).document
            .querySelector(".graph-canvas")
            ?.getAttribute("data-node-count"),
        ) > count,
      full.count,
    );
    await page.close();
  });

  it("draws the timeline as precisely as the sources: a month over its month, a year over its year, open order said", async () => {
    const page = await open("/explore/timeline");
    const row = (factId: string) => page.locator(`.timeline-row[data-fact="${factId}"]`);
    await row(ZVEZDA_LEAK).waitFor();
    const width = async (factId: string) =>
      (await row(factId).locator(".bar:not(.bar-claim)").boundingBox())!.width;
    expect(await row(ZVEZDA_LEAK).getAttribute("data-precision")).toBe("month");
    const month = await width(ZVEZDA_LEAK);
    const year = await width("zvezda-air-leak/source-located-2020");
    const day = await width("zvezda-air-leak/leak-increased-2024-02-28");
    // August has 31 days of 2020's 366: a year's bar is some 11.8 times a month's.
    expect(year / month).toBeGreaterThan(10);
    expect(year / month).toBeLessThan(14);
    expect(day).toBeLessThanOrEqual(4);
    expect(month).toBeGreaterThan(day);
    // The sources disagree on the leak's date: AP's August 2020 is drawn too, outlined, over its
    // own month, and the entry says whose each date is.
    const other = row(ZVEZDA_LEAK).locator('.bar-claim[data-claim="2020-08"]');
    const otherBox = (await other.boundingBox())!;
    expect(otherBox.width / month).toBeGreaterThan(0.9);
    expect(otherBox.width / month).toBeLessThan(1.2);
    const drawn = (await row(ZVEZDA_LEAK).locator(".bar:not(.bar-claim)").boundingBox())!;
    expect(otherBox.x).toBeGreaterThan(drawn.x + drawn.width);
    await expect(
      row(ZVEZDA_LEAK).locator('.claims-note [data-disputed="occurredAt"]').innerText(),
    ).resolves.toMatch(/September 2019 \(iss-leak-nasa-blog-2020-08-20, .*preferred/);
    // "Later that year" (2020) overlaps NASA's days of August 2020: which came first is open.
    const laterThatYear = row("zvezda-air-leak/source-located-2020");
    await expect(laterThatYear.getAttribute("data-order-certain")).resolves.toBe("false");
    await expect(laterThatYear.locator(".order-uncertain").textContent()).resolves.toBe(
      "order not certain",
    );
    await expect(row("soyuz-coolant-leak").locator(".order-uncertain").count()).resolves.toBe(0);
    // The quotes link into the article.
    const quotes = row(ZVEZDA_LEAK).locator(".row-label > .quotes a.quote");
    expect(await quotes.first().getAttribute("href")).toMatch(`/explore/article/${ARTICLE}?quote=`);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explore-timeline.png") });
    await page.close();
  });
  it("raised no error in any page and sent nothing off this machine", () => {
    expect(session.errors).toEqual([]);
    expect(session.browser.external).toEqual([]);
  });
});
