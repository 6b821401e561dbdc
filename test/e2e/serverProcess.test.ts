import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../../src/config/projectRoot";
import { LocalNeo4j } from "../../src/neo4j/LocalNeo4j";
import { killableTestNeo4jSettings } from "../support/KillableNeo4j";
import { buildServer, startServerProcess, type ServerProcess } from "../support/serverProcess";

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

  /**
   * npm start over a local Neo4j of its own (a folder and ports the other test files do not
   * use): it starts Neo4j when none runs, leaves it running at Ctrl+C, reuses it next time, and
   * starts it again when it died.
   */
  it("starts the local Neo4j when it is not running, leaves it running at Ctrl+C, and reuses it", async () => {
    buildServer();
    const neo4jSettings = killableTestNeo4jSettings("test-server-process");
    const local = new LocalNeo4j(neo4jSettings);
    await local.reset();
    const env = {
      NEO4J_URI: "",
      NEO4J_DATA_DIR: neo4jSettings.instanceDir,
      NEO4J_BOLT_PORT: String(neo4jSettings.boltPort),
      NEO4J_HTTP_PORT: String(neo4jSettings.httpPort),
      NEO4J_PASSWORD: neo4jSettings.password,
      NEO4J_HEAP_SIZE: neo4jSettings.heapSize,
      NEO4J_PAGECACHE_SIZE: neo4jSettings.pageCacheSize,
      SEED_WHEN_EMPTY: "false",
      WARM_PLANS: "false",
    };
    const interrupt = async (server: ServerProcess) => {
      server.child.kill("SIGINT");
      expect(await server.exited).toBe(0);
    };
    let server: ServerProcess | undefined;
    try {
      server = await startServerProcess(env, 300_000);
      const started = /Neo4j\s+started in [\d.]+s \(pid (\d+)/.exec(server.output());
      expect(started).not.toBeNull();
      const pid = Number(started![1]);
      expect(server.output()).toContain("npm run db:stop stops it");
      await interrupt(server);
      // The API stopped; Neo4j did not, and the server said how to stop it.
      expect(server.output()).toContain(`Neo4j keeps running (pid ${pid})`);
      expect(local.status()).toMatchObject({ running: true, pid });

      server = await startServerProcess(env, 300_000);
      expect(server.output()).toMatch(
        new RegExp(`Neo4j\\s+reused: it was running \\(pid ${pid}\\)`),
      );
      await interrupt(server);

      // It died (killed, as by a crash): the next start finds its pid file stale, and starts it.
      process.kill(pid, "SIGKILL");
      while (local.status().running) await new Promise((r) => setTimeout(r, 100));
      server = await startServerProcess(env, 300_000);
      const again = /Neo4j\s+started in [\d.]+s \(pid (\d+)/.exec(server.output());
      expect(Number(again?.[1])).not.toBe(pid);
      await interrupt(server);
    } finally {
      server?.kill();
      await local.stop();
    }
  }, 900_000);
});
