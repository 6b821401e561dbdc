import { mkdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { projectRoot } from "../../src/config/projectRoot";
import type { StartedServer } from "../../src/server/ApiServer";
import { launchOfflineChromium, type OfflineChromium } from "./offlineChromium";
import { recordingPage } from "./recordingPage";
import { startTestServer } from "./testServer";

/** Where the explorer's tests leave their screenshots. */
export const SCREENSHOTS = path.join(projectRoot(), "test-results");

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
 * The explorer in an offline Chromium over a seeded test server, for the describe that calls it:
 * started before its tests and closed after them. Every page's errors (thrown, or logged: a
 * failed request among them) are recorded in `errors`; `browser.external` holds any request that
 * tried to leave the machine.
 */
export function explorerInBrowser() {
  const session = {
    server: undefined as unknown as StartedServer,
    browser: undefined as unknown as OfflineChromium,
    context: undefined as unknown as BrowserContext,
    origin: "",
    errors: [] as string[],
  };

  beforeAll(async () => {
    session.server = await startTestServer();
    session.origin = new URL(session.server.url).origin;
    session.browser = await launchOfflineChromium("explorer-test-");
    session.context = session.browser.context;
    session.context.setDefaultTimeout(30_000);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });

  /** A new page whose errors are recorded. */
  const newPage = (name: string, viewport?: { width: number; height: number }) =>
    recordingPage(session.context, session.errors, name, viewport);

  async function open(pathname: string): Promise<Page> {
    const page = await newPage(pathname);
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
