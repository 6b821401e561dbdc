import { mkdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config/projectRoot";
import type { StartedServer } from "../../src/server/ApiServer";
import { launchOfflineChromium, type OfflineChromium } from "./offlineChromium";
import { startTestServer } from "./testServer";

/** Where the browser tests leave their screenshots. */
export const SCREENSHOTS = path.join(projectRoot(), "test-results");

/**
 * A seeded test server and an offline Chromium, for the describe that calls it: started before
 * its tests and closed after them. `session.browser.external` holds any request that tried to
 * leave the machine.
 */
export function serverInBrowser(profilePrefix: string) {
  const session = {
    server: undefined as unknown as StartedServer,
    browser: undefined as unknown as OfflineChromium,
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    session.server = await startTestServer();
    session.browser = await launchOfflineChromium(profilePrefix);
  });

  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });

  return session;
}
