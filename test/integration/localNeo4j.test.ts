import { execFile, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import neo4j from "neo4j-driver";
import type { LocalNeo4jSettings } from "../../src/config/neo4jSettings";
import { projectRoot } from "../../src/config/projectRoot";
import { LocalNeo4j } from "../../src/neo4j/LocalNeo4j";
import { LocalNeo4jError } from "../../src/neo4j/localNeo4jErrors";
import { LOADED_APOC } from "../../src/neo4j/neo4jConf";
import { distributionFor } from "../../src/neo4j/neo4jDistribution";
import { testNeo4jSettings } from "../support/testNeo4j";
import { isAlive } from "../support/isAlive";
import { rejectionOf } from "../support/rejectionOf";

// The manager under test runs its own instance beside the suite's test Neo4j.
const root = projectRoot();
const settings: LocalNeo4jSettings = {
  ...testNeo4jSettings(),
  instanceDir: path.join(root, ".neo4j", "test-manager"),
  boltPort: Number(process.env.NEO4J_TEST_MANAGER_BOLT_PORT || 27687),
  httpPort: Number(process.env.NEO4J_TEST_MANAGER_HTTP_PORT || 27474),
  heapSize: "512m",
  pageCacheSize: "128m",
  // Quotes and spaces: it reaches neo4j-admin through an argument file, which must keep them.
  password: `manager test 'password' "quoted"`,
};

/** The command lines of every process, read from /proc until `stop` is called. */
function watchCommandLines(): { stop(): string[] } {
  const seen = new Set<string>();
  const read = () => {
    for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      try {
        seen.add(readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" "));
      } catch {
        // gone meanwhile
      }
    }
  };
  const timer = setInterval(read, 25);
  read();
  return {
    stop() {
      clearInterval(timer);
      read();
      return [...seen];
    },
  };
}

/** Every folder and file under `root` (itself included) whose mode is not 700 / 600. */
function notPrivate(root: string): string[] {
  const found: string[] = [];
  const visit = (file: string) => {
    const stat = statSync(file);
    const mode = stat.mode & 0o777;
    if (stat.isDirectory()) {
      if (mode !== 0o700) found.push(`${mode.toString(8)} ${file}`);
      for (const name of readdirSync(file)) visit(path.join(file, name));
    } else if (mode !== 0o600) found.push(`${mode.toString(8)} ${file}`);
  };
  visit(root);
  return found;
}

/** `to` made of hard links to the files of `from`, but for the folders named in `except`. */
function linkTree(from: string, to: string, except: string[] = []): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (except.includes(entry.name)) continue;
    if (entry.isDirectory()) linkTree(path.join(from, entry.name), path.join(to, entry.name));
    else linkSync(path.join(from, entry.name), path.join(to, entry.name));
  }
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync("true");
  expect(child.status).toBe(0);
  expect(isAlive(child.pid!)).toBe(false);
  return child.pid!;
}

async function expectCode(
  promise: Promise<unknown>,
  code: LocalNeo4jError["code"],
): Promise<LocalNeo4jError> {
  const error = await rejectionOf(promise, LocalNeo4jError);
  expect(error.code).toBe(code);
  return error;
}

describe("the local Neo4j manager", () => {
  const server = new LocalNeo4j(settings);

  beforeAll(async () => {
    rmSync(settings.instanceDir, { recursive: true, force: true });
  });

  afterAll(async () => {
    await server.stop();
    rmSync(settings.instanceDir, { recursive: true, force: true });
  });

  it("starts Neo4j 5.26 with APOC, says so when started twice, and stops leaving no process", async () => {
    const watcher = watchCommandLines();
    let first;
    try {
      first = await server.start();
    } finally {
      const commandLines = watcher.stop();
      // The initial password was set (by neo4j-admin, from an argument file), and no process
      // of the machine showed it on its command line.
      expect(
        commandLines.some((line) => /set-initial-password @\S+initial-password\.args/.test(line)),
      ).toBe(true);
      expect(commandLines.filter((line) => line.includes("manager test"))).toEqual([]);
    }
    expect(first.alreadyRunning).toBe(false);
    expect(server.status()).toMatchObject({ running: true, pid: first.pid });

    const driver = neo4j.driver(server.boltUri, neo4j.auth.basic("neo4j", settings.password!));
    try {
      const { records } = await driver.executeQuery(
        "CALL dbms.components() YIELD versions RETURN versions[0] AS neo4j, apoc.version() AS apoc",
      );
      expect(records[0]?.get("neo4j")).toMatch(/^5\.26\./);
      expect(records[0]?.get("apoc")).toBe(records[0]?.get("neo4j"));
      // Of APOC, only what the project calls is registered.
      const names = async (show: "PROCEDURES" | "FUNCTIONS") =>
        (
          await driver.executeQuery(
            `SHOW ${show} YIELD name WHERE name STARTS WITH 'apoc.' RETURN collect(name) AS names`,
          )
        ).records[0]?.get("names") as string[];
      expect([...(await names("PROCEDURES")), ...(await names("FUNCTIONS"))].sort()).toEqual(
        Object.keys(LOADED_APOC).sort(),
      );
    } finally {
      await driver.close();
    }

    const second = await server.start();
    expect(second).toMatchObject({ alreadyRunning: true, pid: first.pid });
    expect(second.differs).toBeUndefined();
    // Reused with other settings: used as it is, and the difference said.
    const other = await new LocalNeo4j({ ...settings, heapSize: "256m" }).start();
    expect(other).toMatchObject({ alreadyRunning: true, pid: first.pid });
    expect(other.differs).toMatch(/other settings/);
    // On another Bolt port it cannot be reused as configured: refused, saying how to go on.
    const elsewhere = await expectCode(
      new LocalNeo4j({ ...settings, boltPort: settings.boltPort + 2 }).start(),
      "PORT_IN_USE",
    );
    expect(elsewhere.message).toContain(`with Bolt on port ${settings.boltPort}`);
    expect(elsewhere.message).toContain("npm run db:stop");

    expect(await server.stop()).toEqual({ wasRunning: true });
    expect(isAlive(first.pid)).toBe(false);
    expect(server.status().running).toBe(false);
    expect(await server.stop()).toEqual({ wasRunning: false });
  }, 600_000);

  it("keeps its folder to its owner: 700 folders, 600 files, what Neo4j wrote included", async () => {
    const { pid } = await server.start();
    const logs = path.join(settings.instanceDir, "logs");
    // An instance made before this rule: opened up to everyone, then started again.
    chmodSync(settings.instanceDir, 0o755);
    chmodSync(logs, 0o755);
    chmodSync(path.join(logs, "console.log"), 0o644);
    chmodSync(path.join(settings.instanceDir, "data", "dbms", "auth.ini"), 0o644);
    expect(notPrivate(settings.instanceDir).length).toBeGreaterThanOrEqual(4);
    await server.stop();
    expect(isAlive(pid)).toBe(false);
    // A stale pid file (the machine restarted, say): its process is gone, so a new one starts.
    writeFileSync(path.join(settings.instanceDir, "run", "neo4j-local.pid"), `${deadPid()}\n`);
    expect(server.status().running).toBe(false);
    expect((await server.start()).alreadyRunning).toBe(false);
    // Neo4j has written its logs, store and transaction logs by the time Bolt answers.
    const files = notPrivate(settings.instanceDir);
    expect(files).toEqual([]);
    for (const file of [
      "conf/neo4j.conf",
      "conf/apoc.conf",
      "data/dbms/auth.ini",
      "logs/debug.log",
    ]) {
      expect(existsSync(path.join(settings.instanceDir, file))).toBe(true);
    }
    await server.stop();
  }, 600_000);

  it("refuses to start when its Bolt port is taken, and starts nothing", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(settings.boltPort, "127.0.0.1", resolve));
    try {
      const error = await expectCode(server.start(), "PORT_IN_USE");
      expect(error.message).toContain(String(settings.boltPort));
      expect(error.message).toContain("NEO4J_BOLT_PORT");
      expect(server.status().running).toBe(false);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it("reports a data directory locked by another Neo4j process", async () => {
    const { pid } = await server.start();
    // Forget the running process, as if another tool had started it on this folder.
    unlinkSync(path.join(settings.instanceDir, "run", "neo4j-local.pid"));
    const intruder = new LocalNeo4j({
      ...settings,
      boltPort: settings.boltPort + 1,
      httpPort: settings.httpPort + 1,
    });
    try {
      await expectCode(intruder.start(), "DATA_DIR_LOCKED");
    } finally {
      process.kill(pid, "SIGTERM");
      while (isAlive(pid)) await new Promise((r) => setTimeout(r, 200));
    }
  });

  it("writes its class-data archive at its first clean stop and maps it after; one that died starts again", async () => {
    // An assembly of its own (the shared one's jars, linked), with no archive yet.
    const distDir = path.join(root, ".neo4j", "test-manager-dist");
    rmSync(distDir, { recursive: true, force: true });
    const own = distributionFor(distDir);
    linkTree(distributionFor(settings.distDir).dir, own.dir, ["class-data"]);
    const classData = path.join(own.dir, "class-data");
    const local = new LocalNeo4j({ ...settings, distDir });
    try {
      const first = await local.start();
      expect(first).toMatchObject({ alreadyRunning: false, classData: "written at stop" });
      // It dies (killed: no archive written), leaving its pid file: the next start starts it.
      process.kill(first.pid, "SIGKILL");
      while (isAlive(first.pid)) await new Promise((r) => setTimeout(r, 100));
      expect(local.status().running).toBe(false);
      expect(readdirSync(classData)).toEqual([]);
      const second = await local.start();
      expect(second).toMatchObject({ alreadyRunning: false, classData: "written at stop" });
      await local.stop();
      const archives = readdirSync(classData);
      expect(archives).toEqual([expect.stringMatching(/\.jsa$/)]);
      const third = await local.start();
      expect(third.classData).toBe("mapped");
      // The JVM maps the archive: it is among the process's memory mappings.
      expect(readFileSync(`/proc/${third.pid}/maps`, "utf8")).toContain(archives[0]);
      await local.stop();
    } finally {
      await local.stop();
      rmSync(distDir, { recursive: true, force: true });
    }
  }, 900_000);

  it("launches without waiting; the start that waits for it reports the start, timed from the launch", async () => {
    const before = Date.now();
    const launched = await server.launch();
    expect([launched.alreadyRunning, server.status().pid]).toEqual([false, launched.pid]);
    expect(await server.launch()).toEqual({ pid: launched.pid, alreadyRunning: true });
    const [waited, started] = [Date.now(), await server.start()];
    // Its own start, since the launch (less the milliseconds before it began), not since the call.
    expect(started).toMatchObject({ alreadyRunning: false, pid: launched.pid });
    expect(started.startMillis).toBeGreaterThanOrEqual(waited - before - 100);
    expect(await server.start()).toMatchObject({ alreadyRunning: true, pid: launched.pid });
    await server.stop();
  }, 600_000);

  it("starts nothing when NEO4J_URI names a database", async () => {
    const instanceDir = path.join(root, ".neo4j", "test-uri-given");
    rmSync(instanceDir, { recursive: true, force: true });
    const { stdout } = await promisify(execFile)(
      path.join(root, "node_modules", ".bin", "tsx"),
      [path.join(root, "src", "cli", "db.ts"), "start"],
      {
        env: {
          ...process.env,
          NEO4J_URI: "neo4j://db.example.invalid:7687",
          NEO4J_PASSWORD: "secret-from-env",
          NEO4J_DATA_DIR: instanceDir,
        },
      },
    );
    expect(stdout).toContain("NEO4J_URI is set");
    expect(stdout).toContain("nothing to start");
    expect(existsSync(instanceDir)).toBe(false);
  });
});
