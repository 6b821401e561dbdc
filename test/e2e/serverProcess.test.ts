import { spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../../src/config/projectRoot";
import { TEST_ENV } from "../support/testNeo4j";

/** npm start's entry point as a process of its own: it serves, and SIGINT stops it cleanly. */
describe("the server process", () => {
  it("starts, answers, and on SIGINT drains and exits with code 0", async () => {
    const root = projectRoot();
    const child = spawn(
      path.join(root, "node_modules", ".bin", "tsx"),
      [path.join(root, "src", "server", "main.ts")],
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
