import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
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
    // As the README says: npm start prints how to get a writer's key; npm run keys makes one.
    const keysFile = path.join(mkdtempSync(path.join(os.tmpdir(), "iss-keys-")), "keys.json");
    const server = await startServerProcess({ API_KEYS_FILE: keysFile });
    try {
      expect((await fetch(server.url.replace(/\/graphql$/, "/healthz"))).status).toBe(200);
      expect(server.output()).toContain("writes need");
      expect(server.output()).toContain("npm run keys -- create --name you --role writer");
      const keys = spawnSync("npm", ["run", "-s", "keys", "--", "create", "--name", "readme"], {
        cwd: projectRoot(),
        env: { ...process.env, API_KEYS_FILE: keysFile },
        encoding: "utf8",
      });
      expect(keys.status).toBe(0);
      const token = /isskg_\S+/.exec(keys.stdout)![0];
      const write = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          // An article needs nothing else in the log (what an earlier test file left there).
          query: `mutation { registerArticle(input: { articleId: "readme-key-${Date.now()}", title: "Keys", publisher: "README", publishedOn: "2026-11-26", text: "A key writes." }) { receipt { stream } } }`,
        }),
      });
      expect(await write.json()).toMatchObject({
        data: {
          registerArticle: { receipt: { stream: expect.stringMatching(/^article-readme-key-/) } },
        },
      });
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
