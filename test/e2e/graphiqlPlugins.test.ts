import {
  EDITOR,
  RUN,
  example,
  graphiqlInBrowser,
  operationText,
  responseIncluding,
  runOperation,
  screenshot,
  showPlugin,
} from "../support/graphiqlPage";
import { apSource } from "../support/apArticle";
import { graphqlClient } from "../support/testServer";
import { bearer } from "../../tools/support/testTokens";
import { RegisterEntityDocument, AddASourceToAFactDocument } from "../generated/graphql";

describe("GraphiQL's plugins and editor, in a browser with no internet", () => {
  const { session, open } = graphiqlInBrowser("graphiql-plugins-test-");

  it("opens the query builder (explorer), whose fields write the operation", async () => {
    const { page, errors } = await open();
    await showPlugin(page, "GraphiQL Explorer");
    const explorer = page.locator(".graphiql-explorer-root");
    await explorer.waitFor({ timeout: 30_000 });
    await explorer.getByText("logPosition", { exact: true }).waitFor({ timeout: 30_000 });
    await explorer.getByText("logPosition", { exact: true }).click();
    await page.waitForFunction(
      (selector) =>
        (
          globalThis as unknown as {
            document: { querySelector(s: string): { textContent: string | null } | null };
          }
        ).document
          .querySelector(selector)
          ?.textContent?.includes("logPosition"),
      EDITOR,
      { timeout: 10_000 },
    );
    await screenshot(page, "graphiql-explorer.png");
    expect(errors).toEqual([]);
  });

  it("lists every event a subscription receives, with its time, and the examples menu names both", async () => {
    const { page, errors } = await open();
    // The examples menu: readable titles, the write and the subscription among them.
    await page.getByRole("button", { name: "Open a saved example" }).click();
    const items = await page.getByRole("menuitem").allInnerTexts();
    expect(items).toEqual(
      expect.arrayContaining([
        "Crew by agency",
        "An entity with its neighbours",
        "Add a source to a fact (a write)",
        "Follow the log (a subscription)",
      ]),
    );
    await page.keyboard.press("Escape");

    // The subscription example, from the log's next position: no race with its connection.
    const head = (await (
      await fetch(session.server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ logPosition }" }),
      })
    ).json()) as { data: { logPosition: number } };
    const subscription = example("09-follow-the-log").replace(
      "events {",
      `events(fromPosition: ${head.data.logPosition + 1}) {`,
    );
    expect(subscription).toContain("fromPosition");
    await showPlugin(page, "Subscription events");
    await runOperation(page, subscription);

    // Two writes: the example's new source of a fact, then an entity; each appends its events.
    const request = graphqlClient(session.server.url, await bearer("writer", "graphiql-plugins"));
    const reported = await request(AddASourceToAFactDocument);
    expect(reported.errors).toBeUndefined();
    expect(reported.data!.corroborateFact.receipt).toMatchObject({
      factId: "zvezda-air-leak",
      replayed: false,
    });
    const registered = await request(RegisterEntityDocument, {
      input: {
        entityId: "seen-by-a-subscription",
        kind: "Place",
        name: "Seen by a subscription",
        source: apSource("Moscow"),
      },
    });
    expect(registered.errors).toBeUndefined();
    const appended = [
      reported.data!.corroborateFact.receipt,
      registered.data!.registerEntity.receipt,
    ].flatMap((receipt) =>
      receipt.positions.map((position) => ({ position, stream: receipt.stream })),
    );
    expect(appended.length).toBeGreaterThanOrEqual(2);

    const list = page.locator(
      `section[aria-label="Subscription events"][data-count="${appended.length}"]`,
    );
    await list.waitFor({ timeout: 30_000 });
    const listed = await page.getByTestId("received-event").allInnerTexts();
    // Every event, newest first, each with its time, the operation and the event.
    expect(listed).toHaveLength(appended.length);
    appended.reverse().forEach(({ position, stream }, index) => {
      expect(listed[index]).toMatch(/^\d\d:\d\d:\d\d\.\d{3}/);
      expect(listed[index]).toContain("FollowTheLog");
      expect(listed[index]).toContain(`"position":${position}`);
      expect(listed[index]).toContain(`"stream":"${stream}"`);
    });
    // GraphiQL's own result pane holds only the latest.
    const latest = await responseIncluding(page, `"position": ${appended[0]!.position}`);
    expect(latest).not.toContain(`"position": ${appended.at(-1)!.position}`);
    await screenshot(page, "graphiql-subscription-events.png");

    // The example's commandId makes it idempotent: sent again, nothing is appended.
    const again = await request(AddASourceToAFactDocument);
    expect(again.data!.corroborateFact.receipt.replayed).toBe(true);
    await page.click(RUN); // stop the subscription
    expect(errors).toEqual([]);
    expect(session.browser.external).toEqual([]);
  });

  it("suggests people first when peop is typed in the operation editor", async () => {
    const { page, errors } = await open();
    await page.click(EDITOR);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type("{ peop", { delay: 20 });
    expect(await operationText(page)).toMatch(/^\{ peop\}?$/);
    const rows = page.locator(".suggest-widget .monaco-list-row .label-name");
    let labels: string[] = [];
    // The schema arrives by introspection after the page: until then there is nothing to suggest.
    for (let attempt = 0; attempt < 30 && !labels.includes("people"); attempt++) {
      await page.keyboard.press("Escape");
      await page.keyboard.press("Control+Space");
      await page.waitForTimeout(500);
      labels = await rows.allInnerTexts();
    }
    expect(labels).toEqual(expect.arrayContaining(["people", "peopleByName", "peopleConnection"]));
    expect(labels[0]).toBe("people");
    await screenshot(page, "graphiql-completion.png");
    expect(errors).toEqual([]);
  });
});
