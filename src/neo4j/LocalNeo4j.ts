import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LocalNeo4jSettings } from "../config/neo4jSettings";
import { keepArchive, type ClassDataArchive } from "./classDataArchive";
import { findJava } from "./javaRuntime";
import { ensureLocalPassword } from "./localCredentials";
import { LocalNeo4jError } from "./localNeo4jErrors";
import {
  assertPortsFree,
  prepareInstanceHome,
  runningServerDiffers,
  setInitialPassword,
  spawnServerJvm,
  waitForBolt,
  type StartingInstance,
} from "./localInstanceStart";
import type { InstanceDirs } from "./neo4jConf";
import { ensureDistribution } from "./neo4jDistribution";
import { PRIVATE_FILE } from "./privateFiles";
import { isInstanceProcess, waitForExit } from "./privateProcess";

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

const STOP_TIMEOUT_MS = 60_000;
/** A JVM writing its class-data archive at exit takes longer to go (once per assembly). */
const STOP_WRITING_ARCHIVE_TIMEOUT_MS = 300_000;

/** What the start of the running server left in its run/ folder beside the pid file. */
interface StartRecord {
  pid: number;
  classData: ClassDataArchive;
  writesClassData: boolean;
  /** When its start began (epoch milliseconds), and how long assembling took of it. */
  startedAt: number;
  assemblyMillis: number;
  /**
   * Whether a start() has seen it answer. False after launch(), whose caller does not wait: the
   * start() that then waits for it reports the start as its own, timed from the launch.
   */
  answered: boolean;
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
   * start of Neo4j); resolves once Bolt answers a query. A server that launch() spawned and no
   * start() has waited for yet counts as started by this call, from its launch.
   */
  async start(): Promise<StartResult> {
    const started = Date.now();
    const running = this.runningPid();
    if (running !== undefined) {
      const differs = runningServerDiffers(this.dirs, this.settings);
      await waitForBolt(this.boltInstance(), running, started);
      const record = this.readStartRecord();
      if (record?.pid === running && record.answered === false) {
        this.writeStartRecord({ ...record, answered: true });
        return this.startResult(record, ...(differs ? [differs] : []));
      }
      return {
        alreadyRunning: true,
        pid: running,
        startMillis: Date.now() - started,
        assemblyMillis: 0,
        classData: record?.writesClassData ? "written at stop" : "none",
        ...(differs ? { differs } : {}),
      };
    }
    const record = await this.spawnServer();
    this.report(`Neo4j starting (pid ${record.pid}), waiting for Bolt on ${this.boltUri}...`);
    await waitForBolt(this.boltInstance(), record.pid, Date.now());
    this.writeStartRecord({ ...record, answered: true });
    return this.startResult(record);
  }

  /**
   * Spawns the server unless it runs already, without waiting for it to answer: its JVM starts
   * while the caller does other work (npm start's prestart builds the browser pages), and the
   * start() that follows, in this process or another, waits for Bolt. Errors of the spawn itself
   * (no Java, a port taken, a failed assembly) are thrown here; a server that dies while starting
   * is diagnosed by that start().
   */
  async launch(): Promise<{ pid: number; alreadyRunning: boolean }> {
    const running = this.runningPid();
    if (running !== undefined) return { pid: running, alreadyRunning: true };
    const { pid } = await this.spawnServer();
    this.report(`Neo4j starting in the background (pid ${pid})`);
    return { pid, alreadyRunning: false };
  }

  private startResult(record: StartRecord, differs?: string): StartResult {
    return {
      alreadyRunning: false,
      pid: record.pid,
      startMillis: Date.now() - record.startedAt,
      assemblyMillis: record.assemblyMillis,
      classData: record.writesClassData ? "written at stop" : "mapped",
      ...(differs ? { differs } : {}),
    };
  }

  /** Assembles Neo4j if need be, prepares the instance and spawns its JVM; records the start. */
  private async spawnServer(): Promise<StartRecord> {
    const startedAt = Date.now();
    const java = findJava();
    const assemblyStarted = Date.now();
    const dist = await ensureDistribution(this.settings.distDir, this.report);
    const assemblyMillis = Date.now() - assemblyStarted;
    await assertPortsFree(this.settings);
    const password = ensureLocalPassword(this.settings);
    prepareInstanceHome(this.dirs, this.settings, dist);
    if (!existsSync(path.join(this.dirs.data, "dbms", "auth.ini"))) {
      await setInitialPassword(java.executable, dist, this.dirs, password);
    }

    const { pid, classData, writesClassData } = spawnServerJvm(
      java,
      dist,
      this.dirs,
      this.settings,
      this.consoleLog,
    );
    writeFileSync(this.pidFile, `${pid}\n`, { mode: PRIVATE_FILE });
    const record: StartRecord = {
      pid,
      classData,
      writesClassData,
      startedAt,
      assemblyMillis,
      answered: false,
    };
    this.writeStartRecord(record);
    return record;
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

  private writeStartRecord(record: StartRecord): void {
    writeFileSync(this.startRecordFile, `${JSON.stringify(record)}\n`, { mode: PRIVATE_FILE });
  }

  private readStartRecord(): StartRecord | undefined {
    try {
      return JSON.parse(readFileSync(this.startRecordFile, "utf8")) as StartRecord;
    } catch {
      return undefined;
    }
  }

  /** What waiting for its Bolt port needs of the instance. */
  private boltInstance(): StartingInstance {
    return {
      boltUri: this.boltUri,
      settings: this.settings,
      dirs: this.dirs,
      consoleLog: this.consoleLog,
      forgetStart: () => this.forgetStart(),
    };
  }

  /** Removes the pid file and the start's record (a partial archive of a dead JVM with it). */
  private forgetStart(): void {
    const record = this.readStartRecord();
    if (record?.writesClassData) keepArchive(record.classData, false);
    rmSync(this.pidFile, { force: true });
    rmSync(this.startRecordFile, { force: true });
  }

  /** Deletes the instance's databases and logs (the generated password is kept). */
  async reset(): Promise<void> {
    await this.stop();
    for (const dir of [this.dirs.data, this.dirs.logs, this.dirs.run, this.dirs.conf]) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
