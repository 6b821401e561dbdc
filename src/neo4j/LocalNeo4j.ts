import { spawn } from "node:child_process";
import { existsSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { LocalNeo4jSettings } from "../config/neo4jSettings";
import { findJava } from "./javaRuntime";
import { ensureLocalPassword, readLocalPassword } from "./localCredentials";
import { LocalNeo4jError } from "./localNeo4jErrors";
import { renderApocConf, renderNeo4jConf, type InstanceDirs } from "./neo4jConf";
import { makePrivateDir, makePrivateTree, PRIVATE_FILE, PRIVATE_UMASK } from "./privateFiles";
import { ensureDistribution, type Neo4jDistribution } from "./neo4jDistribution";
import { isListening, isPortFree } from "./tcpPorts";

export type Report = (line: string) => void;

export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | undefined;
  boltUri: string;
  browserUrl: string;
  instanceDir: string;
}

export interface StartResult {
  alreadyRunning: boolean;
  pid: number;
  startMillis: number;
}

// The JVM flags of Neo4j's own 5.26 configuration; the --add-opens matter on Java 17.
// -XX:+AlwaysPreTouch is left out: it would commit the whole heap of a small dev instance.
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
];

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

/**
 * A Neo4j Community server that the project assembles from Maven Central and runs as a
 * background process of its own: one instance folder, one pid file, loopback ports.
 */
export class LocalNeo4j {
  readonly dirs: InstanceDirs;

  constructor(
    readonly settings: LocalNeo4jSettings,
    private readonly report: Report = () => {},
  ) {
    const home = settings.instanceDir;
    this.dirs = {
      home,
      conf: path.join(home, "conf"),
      data: path.join(home, "data"),
      logs: path.join(home, "logs"),
      run: path.join(home, "run"),
      import: path.join(home, "import"),
      plugins: "",
      lib: "",
    };
  }

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.settings.boltPort}`;
  }

  get browserUrl(): string {
    return `http://127.0.0.1:${this.settings.httpPort}/browser/`;
  }

  get consoleLog(): string {
    return path.join(this.dirs.logs, "console.log");
  }

  private get pidFile(): string {
    return path.join(this.dirs.run, "neo4j-local.pid");
  }

  /** The pid of our server process, if it is alive (a stale pid file is removed). */
  runningPid(): number | undefined {
    if (!existsSync(this.pidFile)) return undefined;
    const pid = Number(readFileSync(this.pidFile, "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && isOurProcess(pid, this.dirs.home)) return pid;
    rmSync(this.pidFile, { force: true });
    return undefined;
  }

  status(): LocalNeo4jStatus {
    const pid = this.runningPid();
    return {
      running: pid !== undefined,
      pid,
      boltUri: this.boltUri,
      browserUrl: this.browserUrl,
      instanceDir: this.dirs.home,
    };
  }

  /** Starts the server unless it runs already; resolves once Bolt answers a query. */
  async start(): Promise<StartResult> {
    const started = Date.now();
    const running = this.runningPid();
    if (running !== undefined) {
      await this.waitForBolt(running, started);
      return { alreadyRunning: true, pid: running, startMillis: Date.now() - started };
    }
    const java = findJava();
    const dist = await ensureDistribution(this.settings.distDir, this.report);
    await this.assertPortsFree();
    const password = ensureLocalPassword(this.settings);
    this.prepareHome(dist);
    if (!existsSync(path.join(this.dirs.data, "dbms", "auth.ini"))) {
      await this.setInitialPassword(java.executable, dist, password);
    }

    const out = openSync(this.consoleLog, "a", PRIVATE_FILE);
    const child = spawnPrivate(
      java.executable,
      [
        `-Xms${this.settings.heapSize}`,
        `-Xmx${this.settings.heapSize}`,
        ...JVM_FLAGS,
        "-cp",
        `${dist.plugins}/*:${dist.lib}/*`,
        "org.neo4j.server.CommunityEntryPoint",
        `--home-dir=${this.dirs.home}`,
        `--config-dir=${this.dirs.conf}`,
        "--console-mode",
      ],
      { detached: true, stdio: ["ignore", out, out], cwd: this.dirs.home },
    );
    closeSync(out);
    if (child.pid === undefined) {
      throw new LocalNeo4jError("START_FAILED", `could not start ${java.executable}`);
    }
    child.unref();
    writeFileSync(this.pidFile, `${child.pid}\n`, { mode: PRIVATE_FILE });
    this.report(`Neo4j starting (pid ${child.pid}), waiting for Bolt on ${this.boltUri}...`);
    await this.waitForBolt(child.pid, started);
    return { alreadyRunning: false, pid: child.pid, startMillis: Date.now() - started };
  }

  /** Stops the server and waits until its process is gone. */
  async stop(): Promise<{ wasRunning: boolean }> {
    const pid = this.runningPid();
    if (pid === undefined) return { wasRunning: false };
    process.kill(pid, "SIGTERM");
    if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) {
      this.report(`Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000}s; killing it.`);
      process.kill(pid, "SIGKILL");
      if (!(await waitForExit(pid, 10_000))) {
        throw new LocalNeo4jError("STOP_FAILED", `could not stop Neo4j (pid ${pid})`);
      }
    }
    rmSync(this.pidFile, { force: true });
    return { wasRunning: true };
  }

  /** Deletes the instance's databases and logs (the generated password is kept). */
  async reset(): Promise<void> {
    await this.stop();
    for (const dir of [this.dirs.data, this.dirs.logs, this.dirs.run, this.dirs.conf]) {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  private async assertPortsFree(): Promise<void> {
    for (const [name, port] of [
      ["NEO4J_BOLT_PORT", this.settings.boltPort],
      ["NEO4J_HTTP_PORT", this.settings.httpPort],
    ] as const) {
      if (!(await isPortFree(port))) {
        throw new LocalNeo4jError(
          "PORT_IN_USE",
          `port ${port} (${name}) on 127.0.0.1 is already in use by another process. ` +
            `Stop that process, or choose another port: ${name}=<port> npm run db:start`,
        );
      }
    }
  }

  /**
   * The instance folder is its owner's alone (700, files 600): it holds the store, the hashed
   * password, the generated one and logs with queries in them. An instance made before this rule
   * is brought to it here; what Neo4j writes later follows from the umask it runs with.
   */
  private prepareHome(dist: Neo4jDistribution): void {
    makePrivateDir(this.dirs.home);
    makePrivateTree(this.dirs.home);
    for (const dir of [
      this.dirs.conf,
      this.dirs.data,
      this.dirs.logs,
      this.dirs.run,
      this.dirs.import,
    ]) {
      makePrivateDir(dir);
    }
    const dirs = { ...this.dirs, plugins: dist.plugins, lib: dist.lib };
    writeFileSync(path.join(this.dirs.conf, "neo4j.conf"), renderNeo4jConf(this.settings, dirs), {
      mode: PRIVATE_FILE,
    });
    writeFileSync(path.join(this.dirs.conf, "apoc.conf"), renderApocConf(), { mode: PRIVATE_FILE });
  }

  /**
   * neo4j-admin takes the password as an argument; given as `@file` (picocli's argument file,
   * read by neo4j-admin itself), it appears on no command line that `ps` shows other users.
   * The file is the owner's only and deleted at once.
   */
  private async setInitialPassword(
    java: string,
    dist: Neo4jDistribution,
    password: string,
  ): Promise<void> {
    if ([...password].some((char) => char < " " || char === "\u007f")) {
      throw new LocalNeo4jError(
        "START_FAILED",
        "NEO4J_PASSWORD contains a control character, which the local instance cannot be given",
      );
    }
    const argumentFile = path.join(this.dirs.run, "initial-password.args");
    // picocli reads a quoted argument with \" and \\ escapes, which is what JSON writes.
    writeFileSync(argumentFile, `${JSON.stringify(password)}\n`, { mode: PRIVATE_FILE });
    let result;
    try {
      result = await runPrivate(
        java,
        [
          "-cp",
          `${dist.lib}/*`,
          "org.neo4j.server.startup.Neo4jAdminCommand",
          "dbms",
          "set-initial-password",
          `@${argumentFile}`,
        ],
        { NEO4J_HOME: this.dirs.home, NEO4J_CONF: this.dirs.conf },
      );
    } finally {
      rmSync(argumentFile, { force: true });
    }
    if (result.code !== 0) {
      throw new LocalNeo4jError(
        "START_FAILED",
        `could not set the initial password: ${result.output}`,
      );
    }
  }

  private async waitForBolt(pid: number, since: number): Promise<void> {
    const password = readLocalPassword(this.settings) ?? "";
    const driver = neo4j.driver(this.boltUri, neo4j.auth.basic(this.settings.user, password), {
      connectionTimeout: 2000,
      maxConnectionPoolSize: 1,
    });
    try {
      while (Date.now() - since < START_TIMEOUT_MS) {
        if (!isOurProcess(pid, this.dirs.home)) {
          rmSync(this.pidFile, { force: true });
          throw this.diagnoseFailedStart();
        }
        if (await isListening(this.settings.boltPort)) {
          try {
            await driver.executeQuery("RETURN 1", {}, { database: "neo4j" });
            return;
          } catch (error) {
            const code = (error as { code?: string }).code ?? "";
            if (code.startsWith("Neo.ClientError.Security")) {
              throw new LocalNeo4jError(
                "AUTH_MISMATCH",
                `Neo4j at ${this.boltUri} refused user "${this.settings.user}" (${code}). The instance in ` +
                  `${this.dirs.home} was created with another password: set NEO4J_PASSWORD to it, ` +
                  "or wipe the instance with npm run db:reset.",
              );
            }
          }
        }
        await sleep(500);
      }
      throw new LocalNeo4jError(
        "START_FAILED",
        `Neo4j did not answer on ${this.boltUri} within ${START_TIMEOUT_MS / 1000}s; see ${this.consoleLog}`,
      );
    } finally {
      await driver.close();
    }
  }

  private diagnoseFailedStart(): LocalNeo4jError {
    const log = existsSync(this.consoleLog) ? readFileSync(this.consoleLog, "utf8") : "";
    const tail = log.split("\n").slice(-30).join("\n");
    if (/Lock file has been locked|FileLockException|already locked/i.test(log.slice(-20_000))) {
      return new LocalNeo4jError(
        "DATA_DIR_LOCKED",
        `the data directory ${this.dirs.data} is locked by another Neo4j process. Stop that process ` +
          "(npm run db:stop, or the other tool using it), or point NEO4J_DATA_DIR elsewhere.",
      );
    }
    if (/Address already in use|BindException/i.test(log.slice(-20_000))) {
      return new LocalNeo4jError(
        "PORT_IN_USE",
        `a port of Neo4j is in use by another process (bolt ${this.settings.boltPort}, http ${this.settings.httpPort}); ` +
          "choose others with NEO4J_BOLT_PORT and NEO4J_HTTP_PORT.",
      );
    }
    return new LocalNeo4jError(
      "START_FAILED",
      `Neo4j exited during start. Last lines of ${this.consoleLog}:\n${tail}`,
    );
  }
}

/**
 * Spawns a program with the owner-only umask, through the shell's `umask` builtin (Node cannot
 * set a child's umask itself): the shell execs the program, so the pid and command line are the
 * program's own.
 */
function spawnPrivate(
  executable: string,
  args: string[],
  options: Parameters<typeof spawn>[2],
): ReturnType<typeof spawn> {
  return spawn("/bin/sh", ["-c", UMASK_EXEC, executable, ...args], options);
}

/** Runs a program to its end, as spawnPrivate starts it; its exit code and output. */
function runPrivate(
  executable: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawnPrivate(executable, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", (error) => resolve({ code: null, output: error.message }));
    child.once("close", (code) => resolve({ code, output }));
  });
}

const UMASK_EXEC = `umask ${PRIVATE_UMASK.toString(8).padStart(3, "0")} && exec "$0" "$@"`;

/** Alive, and started for this instance folder (guards against a reused pid). */
function isOurProcess(pid: number, home: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    // Empty while the shell of spawnPrivate execs Java (and for a process being reaped): a live
    // pid of our pid file, not yet readable; taking it for gone made a start that was going well
    // report "exited during start" and leave Neo4j running.
    return cmdline === "" || cmdline.includes(`--home-dir=${home}`);
  } catch {
    return true; // no /proc here: trust the pid file
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await sleep(200);
  }
  return false;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
