import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { ApiKeyStore } from "../../src/auth/ApiKeyStore";
import type { StartedServer } from "../../src/server/ApiServer";
import { loadSeedArticles } from "../../src/seed/seedFolder";
import { testAuthSettings } from "../../tools/support/testTokens";
import { articleInput } from "../support/articleInput";
import { launchOfflineChromium, type OfflineChromium } from "../support/offlineChromium";
import { recordingPage } from "../support/recordingPage";
import { SCREENSHOTS } from "../support/serverInBrowser";
import { startTestServer, textQueryClient } from "../support/testServer";

// The held-out article of npm run draft:eval: nothing in the seed builds on it.
const HELD_OUT = "iss-leak-nasa-blog-2020-09-29";
const SEED = loadSeedArticles();
const ARTICLE = SEED.find((bundle) => bundle.article.articleId === HELD_OUT)!.article;

type Ask = ReturnType<typeof textQueryClient>;

async function entities(ask: Ask) {
  const { data } = await ask<{ entities: { id: string; name: string }[] }>(
    "{ entities(limit: 1000) { id name } }",
  );
  return data!.entities;
}

describe("the draft page: an article pasted, reviewed and ingested, in a browser with no internet", () => {
  let server: StartedServer;
  let browser: OfflineChromium;
  let writerKey: string;
  let ask: Ask;
  const errors: string[] = [];

  beforeAll(async () => {
    const keysFile = path.join(mkdtempSync(path.join(os.tmpdir(), "iss-draft-e2e-")), "keys.json");
    writerKey = (await new ApiKeyStore(keysFile).create({ name: "editor", role: "writer" })).token;
    server = await startTestServer({
      settings: { seedWhenEmpty: false, auth: testAuthSettings({ apiKeysFile: keysFile }) },
    });
    ask = textQueryClient(server.url, `Bearer ${writerKey}`);
    // The seed but the held-out article, in its load order.
    for (const bundle of SEED.filter((b) => b.article.articleId !== HELD_OUT)) {
      const { errors: refused } = await ask(
        "mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId } }",
        { input: articleInput(bundle) },
      );
      expect(refused).toBeUndefined();
    }
    // An editor registered the U.S. segment from the post of 2020-08-25, spelt "US segment": the
    // held-out post's "U.S. segment" is then a near duplicate to resolve.
    const { errors: refused } = await ask(
      "mutation ($input: RegisterEntityInput!) { registerEntity(input: $input) { receipt { factId } } }",
      {
        input: {
          entityId: "us-segment",
          kind: "Segment",
          name: "US segment",
          source: { articleId: "iss-leak-nasa-blog-2020-08-25", quote: "the U.S. segment" },
        },
      },
    );
    expect(refused).toBeUndefined();
    browser = await launchOfflineChromium("explorer-draft-test-");
    browser.context.setDefaultTimeout(30_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const origin = () => new URL(server.url).origin;
  const proposal = (page: Page, factId: string) => page.locator(`[data-proposal="${factId}"]`);

  it("drafts the pasted text, takes one edit, one rejection and one duplicate resolved, and ingests it", async () => {
    const before = await entities(ask);
    const page = await recordingPage(browser.context, errors, "draft");
    await page.goto(`${origin()}/explore/`);
    await page.getByRole("link", { name: "Draft", exact: true }).click();
    await page.waitForURL(`${origin()}/explore/draft`);

    const pasted = performance.now();
    await page.fill("textarea[name=text]", ARTICLE.text);
    await page.fill("input[name=publisher]", ARTICLE.publisher);
    await page.fill("input[name=publishedOn]", ARTICLE.publishedOn);
    await page.fill("input[name=articleId]", HELD_OUT);
    await page.fill("input[name=writerKey]", writerKey);
    await page.getByRole("button", { name: "Draft", exact: true }).click();

    // Every sentence, with the quotes of its proposals marked.
    await page.locator(".draft-sentence").first().waitFor();
    expect(await page.locator(".draft-sentence").count()).toBe(10);
    expect(await page.locator(".draft-sentence mark").count()).toBeGreaterThan(5);
    await expect(
      proposal(page, "ivan-vagner-member-of-roscosmos").getAttribute("data-decision"),
    ).resolves.toBe("proposed");

    // The draft's "U.S. segment" is the known "US segment": use it.
    const duplicate = page.locator('[data-candidate="u-s-segment"]');
    await duplicate.getByRole("button", { name: "Use us-segment" }).click();
    await expect(duplicate.locator(".resolution").textContent()).resolves.toContain(
      "uses us-segment",
    );
    await expect(proposal(page, "u-s-segment").textContent()).resolves.toContain("CorroborateFact");

    // One fix: the statement's text, as the curated entry words it.
    const statement = proposal(page, "nasa-assessment");
    await statement.getByRole("button", { name: "Edit" }).click();
    const fixed = "The leak poses no immediate danger to the crew at the current leak rate.";
    await statement.locator("input[name=text]").fill(fixed);
    await expect(statement.getAttribute("data-decision")).resolves.toBe("accepted");

    // One rejection: Ivanishin's membership of Roscosmos is in the graph already (the post of
    // 2020-08-25 calls him a flight engineer); accepted, it would be a second relation.
    await proposal(page, "anatoly-ivanishin-member-of-roscosmos")
      .getByRole("button", { name: "Reject" })
      .click();
    await page.getByRole("button", { name: "Accept all not yet reviewed" }).click();
    expect(await page.locator('[data-decision="proposed"]').count()).toBe(0);
    const proposals = await page.locator("[data-proposal]").count();

    await page.getByRole("button", { name: "Check" }).click();
    const check = page.locator(".draft-check");
    await check.waitFor();
    await expect(check.getAttribute("data-problems")).resolves.toBe("0");

    await page.getByRole("button", { name: "Submit" }).click();
    const ingested = page.locator(".draft-ingested");
    await ingested.waitFor();
    const millis = Math.round(performance.now() - pasted);
    const edited = await page.locator(".proposal.accepted", { hasText: "edited" }).count();
    const rejected = await page.locator(".proposal.rejected").count();
    console.log(
      `draft page: pasted text to ingested facts in ${millis} ms (the browser's typing and clicks ` +
        `included); ${proposals} proposals, ${edited} edited, ${rejected} rejected, 1 duplicate resolved`,
    );
    expect([edited, rejected]).toEqual([1, 1]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explore-draft.png"), fullPage: true });

    // The facts on their pages.
    await ingested.getByRole("link", { name: "The article" }).click();
    await page.waitForURL(`${origin()}/explore/article/${HELD_OUT}`);
    await page.locator(".cited-sentence").first().waitFor();

    await page.goto(`${origin()}/explore/entity/ivan-vagner`);
    await page.locator('[data-fact="ivan-vagner-member-of-roscosmos"]').waitFor();
    await page.goto(`${origin()}/explore/statement/nasa-assessment`);
    await expect(page.locator(".statement-page h1").textContent()).resolves.toContain(
      "no immediate danger",
    );
    await page.goto(`${origin()}/explore/entity/us-segment`);
    await page.locator(`a[href*="/explore/article/${HELD_OUT}"]`).first().waitFor();

    // Nothing duplicated: no entity was made, the known ones were named, not registered again,
    // and each membership is one relation.
    const after = await entities(ask);
    expect(after.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());
    for (const person of ["anatoly-ivanishin", "ivan-vagner"]) {
      const { data } = await ask<{ relationsConnection: { totalCount: number } }>(
        `query ($from: ID!) {
          relationsConnection(type: MEMBER_OF, from: $from, to: "roscosmos") { totalCount }
        }`,
        { from: person },
      );
      expect({ person, count: data!.relationsConnection.totalCount }).toEqual({ person, count: 1 });
    }
    expect(errors).toEqual([]);
    expect(browser.external).toEqual([]);
    await page.close();
  });
});
