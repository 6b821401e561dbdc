import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { LocalNeo4jSettings } from "../config/neo4jSettings";
import {
  archiveOptions,
  classDataArchive,
  keepArchive,
  type ClassDataArchive,
} from "./classDataArchive";
import { findJava } from "./javaRuntime";
import { ensureLocalPassword, readLocalPassword } from "./localCredentials";
import { LocalNeo4jError } from "./localNeo4jErrors";
import { renderApocConf, renderNeo4jConf, type InstanceDirs } from "./neo4jConf";
import { distributionFor, ensureDistribution, type Neo4jDistribution } from "./neo4jDistribution";
import { SERVER_JVM_FLAGS, serverClasspath, TOOL_JVM_FLAGS } from "./neo4jJvm";
import { makePrivateDir, makePrivateTree, PRIVATE_FILE } from "./privateFiles";
import { isInstanceProcess, runPrivate, sleep, spawnPrivate, waitForExit } from "./privateProcess";
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
  /** Of a start: assembling from Maven (0 when assembled), then the server's own start. */
  assemblyMillis: number;
  /** Whether this start maps the class-data archive, or writes it when it stops. */
  classData: "mapped" | "written at stop" | "none";
  /** Of a reuse: why the running server differs from what a start now would run, if it does. */
  differs?: string;
}

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;
/** A JVM writing its class-data archive at exit takes longer to go (once per assembly). */
const STOP_WRITING_ARCHIVE_TIMEOUT_MS = 300_000;
const POLL_MS = 100;

/** What the start of the running server left in its run/ folder beside the pid file. */
interface StartRecord {
  pid: number;
  classData: ClassDataArchive;
  writesClassData: boolean;
}

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

  private get startRecordFile(): string {
    return path.join(this.dirs.run, "neo4j-local.json");
  }

  /** The pid of our server process, if it is alive (a stale pid file is removed). */
  runningPid(): number | undefined {
    if (!existsSync(this.pidFile)) return undefined;
    const pid = Number(readFileSync(this.pidFile, "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && isInstanceProcess(pid, this.dirs.home)) return pid;
    // It died (killed, or the machine restarted): what its start left is stale.
    this.forgetStart();
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

  /**
   * Starts the server unless it runs already (then reuses it: a restart of the API costs no
   * start of Neo4j); resolves once Bolt answers a query.
   */
  async start(): Promise<StartResult> {
    const started = Date.now();
    const running = this.runningPid();
    if (running !== undefined) {
      const differs = this.runningDiffers();
      await this.waitForBolt(running, started);
      return {
        alreadyRunning: true,
        pid: running,
        startMillis: Date.now() - started,
        assemblyMillis: 0,
        classData: this.readStartRecord()?.writesClassData ? "written at stop" : "none",
        ...(differs ? { differs } : {}),
      };
    }
    const java = findJava();
    const assemblyStarted = Date.now();
    const dist = await ensureDistribution(this.settings.distDir, this.report);
    const assemblyMillis = Date.now() - assemblyStarted;
    await this.assertPortsFree();
    const password = ensureLocalPassword(this.settings);
    this.prepareHome(dist);
    if (!existsSync(path.join(this.dirs.data, "dbms", "auth.ini"))) {
      await this.setInitialPassword(java.executable, dist, password);
    }

    const classData = classDataArchive(dist, java, this.dirs.home);
    const archive = archiveOptions(classData);
    const out = openSync(this.consoleLog, "a", PRIVATE_FILE);
    const child = spawnPrivate(
      java.executable,
      [
        `-Xms${this.settings.heapSize}`,
        `-Xmx${this.settings.heapSize}`,
        ...SERVER_JVM_FLAGS,
        ...archive.options,
        "org.neo4j.server.CommunityEntryPoint",
        `--home-dir=${this.dirs.home}`,
        `--config-dir=${this.dirs.conf}`,
        "--console-mode",
      ],
      {
        detached: true,
        stdio: ["ignore", out, out],
        cwd: this.dirs.home,
        env: { ...process.env, CLASSPATH: serverClasspath(dist) },
      },
    );
    closeSync(out);
    if (child.pid === undefined) {
      throw new LocalNeo4jError("START_FAILED", `could not start ${java.executable}`);
    }
    child.unref();
    writeFileSync(this.pidFile, `${child.pid}\n`, { mode: PRIVATE_FILE });
    const record: StartRecord = { pid: child.pid, classData, writesClassData: archive.writes };
    writeFileSync(this.startRecordFile, `${JSON.stringify(record)}\n`, { mode: PRIVATE_FILE });
    this.report(`Neo4j starting (pid ${child.pid}), waiting for Bolt on ${this.boltUri}...`);
    await this.waitForBolt(child.pid, Date.now());
    return {
      alreadyRunning: false,
      pid: child.pid,
      startMillis: Date.now() - started,
      assemblyMillis,
      classData: archive.writes ? "written at stop" : "mapped",
    };
  }

  /**
   * Stops the server and waits until its process is gone. The first stop of an assembly's
   * server also waits for its JVM to write the class-data archive that later starts map.
   */
  async stop(): Promise<{ wasRunning: boolean }> {
    const pid = this.runningPid();
    if (pid === undefined) return { wasRunning: false };
    const record = this.readStartRecord();
    const writing = record?.pid === pid && record.writesClassData;
    const timeout = writing ? STOP_WRITING_ARCHIVE_TIMEOUT_MS : STOP_TIMEOUT_MS;
    if (writing) this.report("Neo4j stopping: its JVM writes its class-data archive (once)...");
    process.kill(pid, "SIGTERM");
    let cleanly = true;
    if (!(await waitForExit(pid, timeout))) {
      this.report(`Neo4j (pid ${pid}) did not stop within ${timeout / 1000}s; killing it.`);
      cleanly = false;
      process.kill(pid, "SIGKILL");
      if (!(await waitForExit(pid, 10_000))) {
        throw new LocalNeo4jError("STOP_FAILED", `could not stop Neo4j (pid ${pid})`);
      }
    }
    if (writing && keepArchive(record.classData, cleanly)) {
      this.report("Neo4j's class-data archive is written: its next starts take less CPU.");
    }
    this.forgetStart();
    return { wasRunning: true };
  }

  private readStartRecord(): StartRecord | undefined {
    try {
      return JSON.parse(readFileSync(this.startRecordFile, "utf8")) as StartRecord;
    } catch {
      return undefined;
    }
  }

  /** Removes the pid file and the start's record (a partial archive of a dead JVM with it). */
  private forgetStart(): void {
    const record = this.readStartRecord();
    if (record?.writesClassData) keepArchive(record.classData, false);
    rmSync(this.pidFile, { force: true });
    rmSync(this.startRecordFile, { force: true });
  }

  /**
   * How the running server differs from what a start now would run: its ports (then it cannot
   * be reused as configured), or other settings or another assembly (then it is reused, and
   * the caller says how to apply them). Undefined when it is the same.
   */
  private runningDiffers(): string | undefined {
    const confFile = path.join(this.dirs.conf, "neo4j.conf");
    const running = existsSync(confFile) ? readFileSync(confFile, "utf8") : "";
    const bolt = /^server\.bolt\.listen_address=.*:(\d+)$/m.exec(running)?.[1];
    if (bolt !== undefined && Number(bolt) !== this.settings.boltPort) {
      throw new LocalNeo4jError(
        "PORT_IN_USE",
        `the Neo4j of ${this.dirs.home} runs already, with Bolt on port ${bolt}, not ${this.settings.boltPort} ` +
          `(NEO4J_BOLT_PORT). Stop it first (npm run db:stop) to start it on the new port, or use port ${bolt}.`,
      );
    }
    const dist = distributionFor(this.settings.distDir);
    const now = renderNeo4jConf(this.settings, {
      ...this.dirs,
      plugins: dist.plugins,
      lib: dist.lib,
    });
    if (running === now) return undefined;
    return "it was started with other settings (memory, ports) or another assembly of Neo4j";
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
          ...TOOL_JVM_FLAGS,
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
        if (!isInstanceProcess(pid, this.dirs.home)) {
          this.forgetStart();
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
        await sleep(POLL_MS);
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
