import type { BrowserContext, Page } from "playwright-core";

/**
 * A new page of `context` whose errors (thrown, or logged: a failed request among them) are added
 * to `errors`, each named by `name`.
 */
export async function recordingPage(
  context: BrowserContext,
  errors: string[],
  name: string,
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on("pageerror", (error) => errors.push(`${name}: ${String(error)}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${name}: console: ${message.text()}`);
  });
  return page;
}
