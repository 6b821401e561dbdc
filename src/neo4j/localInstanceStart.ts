import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LocalNeo4jSettings } from "../config/neo4jSettings";
import neo4j from "neo4j-driver";
import { readLocalPassword } from "./localCredentials";
import { diagnoseFailedStart, LocalNeo4jError } from "./localNeo4jErrors";
import { renderApocConf, renderNeo4jConf, type InstanceDirs } from "./neo4jConf";
import type { Neo4jDistribution } from "./neo4jDistribution";
import { TOOL_JVM_FLAGS } from "./neo4jJvm";
import { makePrivateDir, makePrivateTree, PRIVATE_FILE } from "./privateFiles";
import { isInstanceProcess, runPrivate, sleep } from "./privateProcess";
import { isListening, isPortFree } from "./tcpPorts";

/*
 * Steps of the local instance's start (LocalNeo4j.start): its folder, first password and ports,
 * then waiting for it to answer.
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
