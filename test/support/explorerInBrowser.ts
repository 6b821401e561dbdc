import type { Page } from "playwright-core";
import { recordingPage } from "./recordingPage";
import { serverInBrowser } from "./serverInBrowser";

/** What the functions run in the page use of it (this file is compiled without DOM types). */
export interface BrowserGlobals {
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null;
    scrollingElement: { scrollWidth: number } | null;
    activeElement: unknown;
  };
  performance: { now(): number };
  innerWidth: number;
  /** The explorer's cytoscape instance (GraphCanvas.tsx). */
  __exploreCy: {
    nodes(): { length: number };
    getElementById(id: string): { emit(event: string): void };
  };
}

/**
 * The explorer in an offline Chromium over a seeded test server (serverInBrowser), for the
 * describe that calls it. Every page's errors (thrown, or logged: a failed request among them)
 * are recorded in `errors`; `browser.external` holds any request that tried to leave the machine.
 */
export function explorerInBrowser() {
  const session = Object.assign(serverInBrowser("explorer-test-"), {
    origin: "",
    errors: [] as string[],
  });

  // After serverInBrowser's own beforeAll, which started them.
  beforeAll(() => {
    session.origin = new URL(session.server.url).origin;
    session.browser.context.setDefaultTimeout(30_000);
  });

  /** A new page whose errors are recorded. */
  const newPage = (name: string, viewport?: { width: number; height: number }) =>
    recordingPage(session.browser.context, session.errors, name, viewport);

  async function open(
    pathname: string,
    viewport?: { width: number; height: number },
  ): Promise<Page> {
    const page = await newPage(pathname, viewport);
    await page.goto(session.origin + pathname);
    return page;
  }

  /**
   * Milliseconds from the navigation's start (the page's time origin) to `selector` being in the
   * page: drawn from the API's data, so usable. Checked at every animation frame.
   */
  async function timeToUsable(page: Page, pathname: string, selector: string): Promise<number> {
    await page.goto(session.origin + pathname, { waitUntil: "commit" });
    const handle = await page.waitForFunction(
      (s) =>
        (globalThis as unknown as BrowserGlobals).document.querySelector(s)
          ? (globalThis as unknown as BrowserGlobals).performance.now()
          : false,
      selector,
      { polling: "raf", timeout: 60_000 },
    );
    return Math.round((await handle.jsonValue()) as number);
  }

  return { session, newPage, open, timeToUsable };
}
