import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LocalNeo4jSettings } from "../config/neo4jSettings";
import neo4j from "neo4j-driver";
import { archiveOptions, classDataArchive, type ClassDataArchive } from "./classDataArchive";
import type { JavaRuntime } from "./javaRuntime";
import { readLocalPassword } from "./localCredentials";
import { diagnoseFailedStart, LocalNeo4jError } from "./localNeo4jErrors";
import { renderApocConf, renderNeo4jConf, type InstanceDirs } from "./neo4jConf";
import { distributionFor, type Neo4jDistribution } from "./neo4jDistribution";
import { SERVER_JVM_FLAGS, serverClasspath, TOOL_JVM_FLAGS } from "./neo4jJvm";
import { makePrivateDir, makePrivateTree, PRIVATE_FILE } from "./privateFiles";
import { isInstanceProcess, runPrivate, sleep, spawnPrivate } from "./privateProcess";
import { isListening, isPortFree } from "./tcpPorts";

/*
 * Steps of the local instance's start (LocalNeo4j.start): its folder, first password and ports,
 * its JVM spawned, then waiting for it to answer; and how a running one differs from a start now.
 */

/**
 * The instance folder is its owner's alone (700, files 600): it holds the store, the hashed
 * password, the generated one and logs with queries in them. An instance made before this rule
 * is brought to it here; what Neo4j writes later follows from the umask it runs with.
 */
export function prepareInstanceHome(
  dirs: InstanceDirs,
  settings: LocalNeo4jSettings,
  dist: Neo4jDistribution,
): void {
  makePrivateDir(dirs.home);
  makePrivateTree(dirs.home);
  for (const dir of [dirs.conf, dirs.data, dirs.logs, dirs.run, dirs.import]) {
    makePrivateDir(dir);
  }
  const withDistribution = { ...dirs, plugins: dist.plugins, lib: dist.lib };
  writeFileSync(path.join(dirs.conf, "neo4j.conf"), renderNeo4jConf(settings, withDistribution), {
    mode: PRIVATE_FILE,
  });
  writeFileSync(path.join(dirs.conf, "apoc.conf"), renderApocConf(), { mode: PRIVATE_FILE });
}

/**
 * neo4j-admin takes the password as an argument; given as `@file` (picocli's argument file,
 * read by neo4j-admin itself), it appears on no command line that `ps` shows other users.
 * The file is the owner's only and deleted at once.
 */
export async function setInitialPassword(
  java: string,
  dist: Neo4jDistribution,
  dirs: InstanceDirs,
  password: string,
): Promise<void> {
  if ([...password].some((char) => char < " " || char === "\u007f")) {
    throw new LocalNeo4jError(
      "START_FAILED",
      "NEO4J_PASSWORD contains a control character, which the local instance cannot be given",
    );
  }
  const argumentFile = path.join(dirs.run, "initial-password.args");
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
      { NEO4J_HOME: dirs.home, NEO4J_CONF: dirs.conf },
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

/** Refuses to start when another process holds the instance's Bolt or HTTP port. */
export async function assertPortsFree(settings: LocalNeo4jSettings): Promise<void> {
  for (const [name, port] of [
    ["NEO4J_BOLT_PORT", settings.boltPort],
    ["NEO4J_HTTP_PORT", settings.httpPort],
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

const START_TIMEOUT_MS = 180_000;
const POLL_MS = 100;

/** A local instance being started, as waitForBolt sees it. */
export interface StartingInstance {
  boltUri: string;
  settings: LocalNeo4jSettings;
  dirs: InstanceDirs;
  consoleLog: string;
  /** Forgets a start whose process died (its pid file and record). */
  forgetStart(): void;
}

/**
 * Waits until the started server `pid` answers a query on Bolt: refuses at once when it exits
 * (saying why, from its console log) or refuses the credentials, and after START_TIMEOUT_MS.
 */
export async function waitForBolt(
  instance: StartingInstance,
  pid: number,
  since: number,
): Promise<void> {
  const { boltUri, settings, dirs, consoleLog } = instance;
  const password = readLocalPassword(settings) ?? "";
  const driver = neo4j.driver(boltUri, neo4j.auth.basic(settings.user, password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  try {
    while (Date.now() - since < START_TIMEOUT_MS) {
      if (!isInstanceProcess(pid, dirs.home)) {
        instance.forgetStart();
        throw diagnoseFailedStart(consoleLog, dirs, settings);
      }
      if (await isListening(settings.boltPort)) {
        try {
          await driver.executeQuery("RETURN 1", {}, { database: "neo4j" });
          return;
        } catch (error) {
          const code = (error as { code?: string }).code ?? "";
          if (code.startsWith("Neo.ClientError.Security")) {
            throw new LocalNeo4jError(
              "AUTH_MISMATCH",
              `Neo4j at ${boltUri} refused user "${settings.user}" (${code}). The instance in ` +
                `${dirs.home} was created with another password: set NEO4J_PASSWORD to it, ` +
                "or wipe the instance with npm run db:reset.",
            );
          }
        }
      }
      await sleep(POLL_MS);
    }
    throw new LocalNeo4jError(
      "START_FAILED",
      `Neo4j did not answer on ${boltUri} within ${START_TIMEOUT_MS / 1000}s; see ${consoleLog}`,
    );
  } finally {
    await driver.close();
  }
}

/**
 * Spawns the server's JVM, detached, its output appended to `consoleLog`, mapping the class-data
 * archive of its assembly (or writing it at its first clean stop): its pid, and which.
 */
export function spawnServerJvm(
  java: JavaRuntime,
  dist: Neo4jDistribution,
  dirs: InstanceDirs,
  settings: LocalNeo4jSettings,
  consoleLog: string,
): { pid: number; classData: ClassDataArchive; writesClassData: boolean } {
  const classData = classDataArchive(dist, java, dirs.home);
  const archive = archiveOptions(classData);
  const out = openSync(consoleLog, "a", PRIVATE_FILE);
  const child = spawnPrivate(
    java.executable,
    [
      `-Xms${settings.heapSize}`,
      `-Xmx${settings.heapSize}`,
      ...SERVER_JVM_FLAGS,
      ...archive.options,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${dirs.home}`,
      `--config-dir=${dirs.conf}`,
      "--console-mode",
    ],
    {
      detached: true,
      stdio: ["ignore", out, out],
      cwd: dirs.home,
      env: { ...process.env, CLASSPATH: serverClasspath(dist) },
    },
  );
  closeSync(out);
  if (child.pid === undefined) {
    throw new LocalNeo4jError("START_FAILED", `could not start ${java.executable}`);
  }
  child.unref();
  return { pid: child.pid, classData, writesClassData: archive.writes };
}

/**
 * How the running server differs from what a start now would run: its ports (then it cannot
 * be reused as configured), or other settings or another assembly (then it is reused, and
 * the caller says how to apply them). Undefined when it is the same.
 */
export function runningServerDiffers(
  dirs: InstanceDirs,
  settings: LocalNeo4jSettings,
): string | undefined {
  const confFile = path.join(dirs.conf, "neo4j.conf");
  const running = existsSync(confFile) ? readFileSync(confFile, "utf8") : "";
  const bolt = /^server\.bolt\.listen_address=.*:(\d+)$/m.exec(running)?.[1];
  if (bolt !== undefined && Number(bolt) !== settings.boltPort) {
    throw new LocalNeo4jError(
      "PORT_IN_USE",
      `the Neo4j of ${dirs.home} runs already, with Bolt on port ${bolt}, not ${settings.boltPort} ` +
        `(NEO4J_BOLT_PORT). Stop it first (npm run db:stop) to start it on the new port, or use port ${bolt}.`,
    );
  }
  const dist = distributionFor(settings.distDir);
  const now = renderNeo4jConf(settings, { ...dirs, plugins: dist.plugins, lib: dist.lib });
  if (running === now) return undefined;
  return "it was started with other settings (memory, ports) or another assembly of Neo4j";
}
