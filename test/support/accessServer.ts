import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { StartedServer } from "../../src/server/ApiServer";
import { testAuthSettings } from "../../tools/support/testTokens";
import { startTestServer } from "./testServer";

const ARTICLE = "iss-leaks-ap-2024-02-29";

/** A write any role that writes may make: a place registered with a quote of the seeded article. */
export const register = (id: string) =>
  `mutation { registerEntity(input: { entityId: "${id}", kind: Place, name: "Place ${id}", source: { articleId: "${ARTICLE}", quote: "Moscow" } }) { receipt { stream positions } } }`;

/**
 * The seeded server of the access tests of the describe that calls it, with a key file of its
 * own (ctx.keysFile); `head` and `actorOf` read the log as it is, to show what a request wrote.
 */
export function accessServerForTests() {
  const ctx = { server: undefined as unknown as StartedServer, keysFile: "" };
  beforeAll(async () => {
    ctx.keysFile = path.join(mkdtempSync(path.join(os.tmpdir(), "iss-access-")), "keys.json");
    ctx.server = await startTestServer({
      settings: { auth: testAuthSettings({ apiKeysFile: ctx.keysFile }) },
    });
  });
  afterAll(async () => {
    await ctx.server?.stop();
  });
  const head = async () => ctx.server.services.store.head();
  const actorOf = async (stream: string) =>
    (await ctx.server.services.store.readStreams([stream])).get(stream)?.[0]?.metadata.actor;
  return { ctx, head, actorOf };
}
