import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config/projectRoot";
import { TEST_ENV } from "../support/testNeo4j";

/**
 * What npm start runs, as a process of its own: prestart (src/ compiled when the build is older),
 * then the compiled server. It serves, and SIGINT stops it cleanly. The server is spawned itself
 * rather than through npm, whose own exit on SIGINT would hide the server's exit code.
 */
describe("the server process", () => {
  it("starts, answers, and on SIGINT drains and exits with code 0", async () => {
    const root = projectRoot();
    const { scripts } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(scripts.start).toBe("node dist/server/server/main.js");
    const prestart = spawnSync("npm", ["run", "-s", "prestart"], { cwd: root, encoding: "utf8" });
    // The output is in the comparison so that a failed build shows why.
    expect({ status: prestart.status, output: prestart.stdout + prestart.stderr }).toMatchObject({
      status: 0,
    });
    const child = spawn(
      process.execPath,
      [path.join(root, "dist", "server", "server", "main.js")],
      {
        env: {
          ...process.env,
          NEO4J_URI: process.env[TEST_ENV.uri],
          NEO4J_USER: process.env[TEST_ENV.user],
          NEO4J_PASSWORD: process.env[TEST_ENV.password],
          PORT: "0",
          LOG_LEVEL: "info",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no start-up line within 90 s:\n${output}`)),
          90_000,
        );
        const poll = setInterval(() => {
          const match = /GraphQL \+ GraphiQL\s+(http:\/\/\S+)/.exec(output);
          if (match) {
            clearInterval(poll);
            clearTimeout(timer);
            resolve(match[1]!);
          }
        }, 100);
      });
      expect((await fetch(url.replace(/\/graphql$/, "/healthz"))).status).toBe(200);
      child.kill("SIGINT");
      const code = await Promise.race([
        exited,
        new Promise((r) => setTimeout(() => r("timeout"), 30_000)),
      ]);
      expect(code).toBe(0);
      expect(output).toContain("requests and subscriptions drained");
      expect(output).toContain('"msg":"stopped"');
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
