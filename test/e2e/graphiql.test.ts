import { bearer, TEST_JWT } from "../../tools/support/testTokens";
import {
  EDITOR,
  RUN,
  graphiqlInBrowser,
  responseIncluding,
  runOperation,
  screenshot,
  setEditor,
} from "../support/graphiqlPage";

/** What the functions run in the page use of it (this file is compiled without DOM types). */
interface BrowserGlobals {
  document: { querySelector(selector: string): { textContent: string | null } | null };
}

describe("GraphiQL in a browser with no internet", () => {
  const { session, open } = graphiqlInBrowser("graphiql-test-");

  it("loads from the server, runs the first example query and shows its result", async () => {
    const { page, errors } = await open();
    await page.waitForFunction(
      (selector) =>
        (globalThis as unknown as BrowserGlobals).document
          .querySelector(selector)
          ?.textContent?.includes("CrewByAgency"),
      EDITOR,
      { timeout: 30_000 },
    );
    await page.click(RUN);
    const result = JSON.parse(await responseIncluding(page, "Oleg Kononenko")) as {
      data: { stations: { crew: { name: string }[] }[] };
    };
    expect(result.data.stations[0]!.crew.map((p) => p.name)).toContain("Satoshi Furukawa");
    // The result pane shows it too (Monaco renders spaces as non-breaking ones).
    const shown = (await page.locator(".graphiql-response .result-window").innerText()).replace(
      /\s+/g,
      " ",
    );
    expect(shown).toContain('"name": "International Space Station"');

    await screenshot(page, "graphiql.png");
    expect(errors).toEqual([]);
    expect(session.browser.external).toEqual([]);
  });

  it("refuses a write without a token, showing the error, and runs it with a pasted one", async () => {
    const { page } = await open();
    const mutation = `mutation {
  registerEntity(input: { entityId: "graphiql-write", kind: Place, name: "Typed in GraphiQL",
    source: { articleId: "iss-leaks-ap-2024-02-29", quote: "Moscow" } }) { receipt { stream } }
}`;
    await runOperation(page, mutation);
    const refused = JSON.parse(await responseIncluding(page, "errors"));
    expect(refused.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(refused.errors[0].message).toContain("writing needs the writer role");

    await page.getByRole("button", { name: "Headers" }).click();
    await setEditor(
      page,
      "request-headers.json",
      JSON.stringify({ Authorization: await bearer("writer", "graphiql-user") }, null, 2),
    );
    await page.click(RUN);
    const written = JSON.parse(await responseIncluding(page, "receipt"));
    expect(written.data.registerEntity.receipt.stream).toBe("entity-graphiql-write");
    const events = await session.server.services.store.readStreams(["entity-graphiql-write"]);
    expect(events.get("entity-graphiql-write")![0]!.metadata.actor).toBe(
      `jwt:${TEST_JWT.issuer}|graphiql-user`,
    );
    await screenshot(page, "graphiql-write.png");
  });
});
