import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config/projectRoot";
import { buildServer, startServerProcess } from "../support/serverProcess";

/**
 * What npm start runs, as a process of its own: prestart (src/ compiled when the build is older),
 * then the compiled server. It serves, and SIGINT stops it cleanly.
 */
describe("the server process", () => {
  it("starts, answers, and on SIGINT drains and exits with code 0", async () => {
    const { scripts } = JSON.parse(
      readFileSync(path.join(projectRoot(), "package.json"), "utf8"),
    ) as { scripts: Record<string, string> };
    expect(scripts.start).toBe("node dist/server/server/main.js");
    buildServer();
    const server = await startServerProcess();
    try {
      expect((await fetch(server.url.replace(/\/graphql$/, "/healthz"))).status).toBe(200);
      server.child.kill("SIGINT");
      const code = await Promise.race([
        server.exited,
        new Promise((r) => setTimeout(() => r("timeout"), 30_000)),
      ]);
      expect(code).toBe(0);
      expect(server.output()).toContain("requests and subscriptions drained");
      expect(server.output()).toContain('"msg":"stopped"');
    } finally {
      server.kill();
    }
  });
});
