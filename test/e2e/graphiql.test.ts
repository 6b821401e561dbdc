import { mkdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { projectRoot } from "../../src/config/projectRoot";
import { launchOfflineChromium, type OfflineChromium } from "../support/offlineChromium";
import type { StartedServer } from "../../src/server/ApiServer";
import { startTestServer } from "../support/testServer";
import { bearer } from "../support/testTokens";

const EDITOR = ".graphiql-query-editor .monaco-editor .view-lines";
const RUN = "button.graphiql-execute-button";

/** What the functions run in the page use of it (this file is compiled without DOM types). */
interface BrowserGlobals {
  document: { querySelector(selector: string): { textContent: string | null } | null };
}

interface MonacoModel {
  uri: { path: string };
  getValue(): string;
  setValue(value: string): void;
}
/** GraphiQL's editors are Monaco models it names by role: operation.graphql, response.json... */
const monacoModels = () =>
  (
    globalThis as unknown as { __MONACO?: { editor: { getModels(): MonacoModel[] } } }
  ).__MONACO?.editor.getModels() ?? [];

describe("GraphiQL in a browser with no internet", () => {
  let server: StartedServer;
  let browser: OfflineChromium;
  let context: BrowserContext;
  let external: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchOfflineChromium("graphiql-test-");
    ({ context, external } = browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("loads from the server, runs the first example query and shows its result", async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(server.url, { waitUntil: "load" });
    await page.waitForSelector(EDITOR, { timeout: 60_000 });
    await page.waitForFunction(
      (selector) =>
        (globalThis as unknown as BrowserGlobals).document
          .querySelector(selector)
          ?.textContent?.includes("CrewByAgency"),
      EDITOR,
      { timeout: 30_000 },
    );
    await page.click(RUN);
    const response = await page.waitForFunction(
      () => {
        const monaco = (
          globalThis as {
            __MONACO?: { editor: { getModels(): { uri: { path: string }; getValue(): string }[] } };
          }
        ).__MONACO;
        const text = monaco?.editor
          .getModels()
          .find((model) => model.uri.path.endsWith("response.json"))
          ?.getValue();
        return text?.includes("Oleg Kononenko") ? text : undefined;
      },
      null,
      { timeout: 30_000 },
    );
    const result = JSON.parse((await response.jsonValue()) as string) as {
      data: { stations: { crew: { name: string }[] }[] };
    };
    expect(result.data.stations[0]!.crew.map((p) => p.name)).toContain("Satoshi Furukawa");
    // The result pane shows it too (Monaco renders spaces as non-breaking ones).
    const shown = (await page.locator(".graphiql-response .result-window").innerText()).replace(
      /\s+/g,
      " ",
    );
    expect(shown).toContain('"name": "International Space Station"');

    const out = path.join(projectRoot(), "test-results");
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: path.join(out, "graphiql.png") });
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it("refuses a write without a token, showing the error, and runs it with a pasted one", async () => {
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: "load" });
    await page.waitForSelector(EDITOR, { timeout: 60_000 });
    const mutation = `mutation {
  registerEntity(input: { entityId: "graphiql-write", kind: Place, name: "Typed in GraphiQL",
    source: { articleId: "iss-leaks-ap-2024-02-29", quote: "Moscow" } }) { receipt { stream } }
}`;
    const setEditor = (file: string, value: string) =>
      page.evaluate(
        ([file, value, models]) => {
          // The page's own copy of monacoModels (functions do not cross into the page).
          const found = new Function(`return (${models})()`)() as MonacoModel[];
          found.find((model) => model.uri.path.endsWith(file))!.setValue(value);
        },
        [file, value, monacoModels.toString()] as const,
      );
    const responseIncludes = (text: string) =>
      page.waitForFunction(
        ([text, models]) => {
          const found = new Function(`return (${models})()`)() as MonacoModel[];
          const value = found.find((model) => model.uri.path.endsWith("response.json"))?.getValue();
          return value?.includes(text) ? value : undefined;
        },
        [text, monacoModels.toString()] as const,
        { timeout: 30_000 },
      );

    await setEditor("operation.graphql", mutation);
    // GraphiQL reads the operation's name from the editor after a debounce: run before it, and it
    // would send the example's name with the new document.
    await page.waitForTimeout(1_000);
    await page.click(RUN);
    const refused = JSON.parse((await (await responseIncludes("errors")).jsonValue()) as string);
    expect(refused.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(refused.errors[0].message).toContain("writing needs the writer role");

    await page.getByRole("button", { name: "Headers" }).click();
    await setEditor(
      "request-headers.json",
      JSON.stringify({ Authorization: await bearer("writer", "graphiql-user") }, null, 2),
    );
    await page.click(RUN);
    const written = JSON.parse((await (await responseIncludes("receipt")).jsonValue()) as string);
    expect(written.data.registerEntity.receipt.stream).toBe("entity-graphiql-write");
    const events = await server.services.store.readStreams(["entity-graphiql-write"]);
    expect(events.get("entity-graphiql-write")![0]!.metadata.actor).toBe("graphiql-user");
    await page.screenshot({ path: path.join(projectRoot(), "test-results", "graphiql-write.png") });
  });
});
