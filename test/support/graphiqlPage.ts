import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { projectRoot } from "../../src/config/projectRoot";
import { SCREENSHOTS, serverInBrowser } from "./serverInBrowser";

/** GraphiQL's operation editor, once Monaco has drawn it. */
export const EDITOR = ".graphiql-query-editor .monaco-editor .view-lines";
export const RUN = "button.graphiql-execute-button";

export interface MonacoModel {
  uri: { path: string };
  getValue(): string;
  setValue(value: string): void;
}

/**
 * GraphiQL's editors are Monaco models it names by role: operation.graphql, response.json,
 * request-headers.json... This runs in the page (GraphiQL puts Monaco on globalThis.__MONACO);
 * functions do not cross into the page, so callers send its source (`monacoModels.toString()`).
 */
export const monacoModels = () =>
  (
    globalThis as unknown as { __MONACO?: { editor: { getModels(): MonacoModel[] } } }
  ).__MONACO?.editor.getModels() ?? [];

/** A screenshot of the page, under test-results/. */
export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, name) });

/** An example operation of the IDE (ide/examples/<name>.graphql). */
export const example = (name: string) =>
  readFileSync(path.join(projectRoot(), "ide", "examples", `${name}.graphql`), "utf8");

/**
 * GraphiQL in an offline Chromium over a seeded test server (serverInBrowser), for the describe
 * that calls it. `open` opens a page of GraphiQL, of that server unless told another's URL.
 */
export function graphiqlInBrowser(profilePrefix: string) {
  const session = serverInBrowser(profilePrefix);
  const open = (url = session.server.url) => openGraphiQL(session.browser.context, url);
  return { session, open };
}

/** A new page of GraphiQL at `url`, its editor drawn; errors the page throws are collected. */
export async function openGraphiQL(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector(EDITOR, { timeout: 60_000 });
  return { page, errors };
}

/** Replaces the text of the editor whose model's name ends with `file` (operation.graphql...). */
export async function setEditor(page: Page, file: string, value: string): Promise<void> {
  await page.evaluate(
    ([file, value, models]) => {
      const found = new Function(`return (${models})()`)() as MonacoModel[];
      found.find((model) => model.uri.path.endsWith(file))!.setValue(value);
    },
    [file, value, monacoModels.toString()] as const,
  );
}

/** The result pane's text, once it includes `text`. */
export async function responseIncluding(page: Page, text: string): Promise<string> {
  const handle = await page.waitForFunction(
    ([text, models]) => {
      const found = new Function(`return (${models})()`)() as MonacoModel[];
      const value = found.find((model) => model.uri.path.endsWith("response.json"))?.getValue();
      return value?.includes(text) ? value : undefined;
    },
    [text, monacoModels.toString()] as const,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as string;
}

/**
 * Puts `operation` in the editor and runs it. GraphiQL reads the operation's name from the editor
 * after a debounce: run before it, and it would send the former operation's name with the new
 * document.
 */
export async function runOperation(page: Page, operation: string): Promise<void> {
  await setEditor(page, "operation.graphql", operation);
  await page.waitForTimeout(1_000);
  await page.click(RUN);
}

/**
 * Shows a sidebar plugin by its title ("Graph", "GraphiQL Explorer"...), unless it is shown already
 * (GraphiQL keeps the one shown last in the origin's storage, for the next page).
 */
export async function showPlugin(page: Page, title: string): Promise<void> {
  const toggle = page.getByRole("button", { name: new RegExp(`^(Show|Hide) ${title}$`) });
  await toggle.waitFor({ timeout: 30_000 });
  if ((await toggle.getAttribute("aria-label")) === `Show ${title}`) await toggle.click();
}

/** The operation editor's text. */
export async function operationText(page: Page): Promise<string> {
  return page.evaluate((models) => {
    const found = new Function(`return (${models})()`)() as MonacoModel[];
    return found.find((model) => model.uri.path.endsWith("operation.graphql"))?.getValue() ?? "";
  }, monacoModels.toString());
}
