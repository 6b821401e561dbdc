import { launchOfflineChromium } from "../support/offlineChromium";
import { recordingPage } from "../support/recordingPage";
import { serverForTests } from "../support/testServer";

const AP = "iss-leaks-ap-2024-02-29";

/**
 * Time travel across a correction, as a client asks over HTTP and as a person sees it in the
 * explorer's graph: a relation corrected at P is known as it was before P, and as corrected from P.
 */
describe("a correction, before and after", () => {
  const api = serverForTests();

  it("tells a relation as known before and after its correction: over GraphQL, and on the graph's time slider", async () => {
    // The cookbook's correction (docs/cypher-cookbook.md): "its main thermal control system" is
    // Nauka's only as a reading of "its".
    const corrected = await api.ask<{ correctFact: { receipt: { positions: number[] } } }>(
      `mutation { correctFact(input: {
          factId: "relation-thermal-control-part-of-nauka", changes: { certainty: inferred },
          reason: "that the system is Nauka's is a reading of its",
          source: { articleId: "${AP}", quote: "its main thermal control system was operating normally" } })
        { receipt { positions } } }`,
    );
    expect(corrected.errors).toBeUndefined();
    const [at] = corrected.data!.correctFact.receipt.positions;
    const certaintyAt = async (position: number) => {
      const { data } = await api.ask<{ relations: { certainty: string }[] }>(
        `query ($p: Int) { relations(from: "nauka-thermal-control", type: PART_OF, asOfPosition: $p) { certainty } }`,
        { p: position },
      );
      return data!.relations.map((r) => r.certainty);
    };
    expect(await certaintyAt(at! - 1)).toEqual(["asserted"]);
    expect(await certaintyAt(at!)).toEqual(["inferred"]);

    const browser = await launchOfflineChromium("explorer-correction-test-");
    const errors: string[] = [];
    try {
      const page = await recordingPage(browser.context, errors, "graph page");
      await page.goto(`${new URL(api.server.url).origin}/explore/graph/nauka?asOf=${at! - 1}`);
      const edge = page.locator('.edge-list [data-fact="thermal-control-part-of-nauka"]');
      await expect(edge.getAttribute("data-certainty")).resolves.toBe("asserted");
      // One step right on the slider: the position of the correction, the log's head (the page
      // then reads the graph as it is now, and its address says no position).
      await page.getByRole("slider").focus();
      await page.keyboard.press("ArrowRight");
      await page.waitForURL((url) => !url.search.includes(`asOf=${at! - 1}`));
      await page.waitForSelector(
        '.edge-list [data-fact="thermal-control-part-of-nauka"][data-certainty="inferred"]',
        { state: "attached" },
      );
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
