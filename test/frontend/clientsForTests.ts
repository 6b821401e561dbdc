import type { StartedServer } from "../../src/server/ApiServer";
import { startTestServer } from "../support/testServer";
import { testToken } from "../../tools/support/testTokens";
import type { FrontendClient, FrontendClientFactory } from "./frontendClient";

/**
 * A seeded test server and two clients of it that `create` makes, a reader (no token) and a
 * writer, for the describe that calls it: started before its tests and stopped after them.
 */
export function clientsForTests(create: FrontendClientFactory) {
  const ctx = {
    server: undefined as unknown as StartedServer,
    reader: undefined as unknown as FrontendClient,
    writer: undefined as unknown as FrontendClient,
  };

  beforeAll(async () => {
    ctx.server = await startTestServer();
    ctx.reader = await create(ctx.server);
    ctx.writer = await create(ctx.server, await testToken("writer", { subject: "frontend-tests" }));
  });

  afterAll(async () => {
    ctx.reader?.stop();
    ctx.writer?.stop();
    await ctx.server?.stop();
  });

  return ctx;
}
