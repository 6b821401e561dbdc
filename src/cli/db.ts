/**
 * npm run db:start | db:stop | db:status | db:reset [--yes] | db:logs [--follow] | cypher-shell
 * Manages the project's local Neo4j; with NEO4J_URI set, it starts nothing and says so.
 */
import { spawn } from "node:child_process";
import { createReadStream, existsSync, readFileSync, statSync, watchFile } from "node:fs";
import path from "node:path";
import readline from "node:readline/promises";
import { localNeo4jSettings, neo4jTarget } from "../config/neo4jSettings";
import { findJava } from "../neo4j/javaRuntime";
import { LocalNeo4j } from "../neo4j/LocalNeo4j";
import { LocalNeo4jError } from "../neo4j/localNeo4jErrors";
import { connectionFor, createDriver } from "../neo4j/neo4jConnection";
import { ensureDistribution } from "../neo4j/neo4jDistribution";
import { passwordFile } from "../neo4j/localCredentials";

const say = (line: string) => console.log(`[neo4j] ${line}`);

async function main(command: string | undefined, args: string[]): Promise<number> {
  const target = neo4jTarget();
  if (target.kind === "external") return external(command, args, target.uri);
  const server = new LocalNeo4j(target.local, say);
  switch (command) {
    case "start": {
      const result = await server.start();
      if (result.alreadyRunning) say(`already running (pid ${result.pid}).`);
      else say(`started in ${(result.startMillis / 1000).toFixed(1)}s (pid ${result.pid}).`);
      printAccess(server);
      return 0;
    }
    case "stop": {
      const { wasRunning } = await server.stop();
      say(wasRunning ? "stopped." : "not running.");
      return 0;
    }
    case "status": {
      const status = server.status();
      say(status.running ? `running (pid ${status.pid})` : "not running");
      say(`instance folder: ${status.instanceDir}`);
      if (status.running) printAccess(server);
      return status.running ? 0 : 3;
    }
    case "reset": {
      if (
        !args.includes("--yes") &&
        !(await confirm(`Delete every database and log in ${server.dirs.home}?`))
      ) {
        throw new LocalNeo4jError(
          "NOT_CONFIRMED",
          "not confirmed; nothing deleted (pass --yes to skip the question)",
        );
      }
      await server.reset();
      say(
        `reset: ${server.dirs.home} holds no data now; the next db:start creates empty databases.`,
      );
      return 0;
    }
    case "logs":
      return showLogs(server.consoleLog, args.includes("--follow") || args.includes("-f"));
    case "cypher-shell": {
      const connection = connectionFor(target);
      return cypherShell(
        target.local.distDir,
        connection.uri,
        connection.user,
        connection.password,
        args,
      );
    }
    default:
      return usage();
  }
}

function usage(): number {
  console.error("usage: db.ts start|stop|status|reset [--yes]|logs [--follow]|cypher-shell [args]");
  return 2;
}

function printAccess(server: LocalNeo4j): void {
  say(`Bolt:    ${server.boltUri}`);
  say(
    `Browser: ${server.browserUrl}  (user ${server.settings.user}, password ${passwordHint(server)})`,
  );
}

function passwordHint(server: LocalNeo4j): string {
  return server.settings.password
    ? "from NEO4J_PASSWORD"
    : `in ${path.relative(process.cwd(), passwordFile(server.settings))}`;
}

async function external(command: string | undefined, args: string[], uri: string): Promise<number> {
  const target = neo4jTarget();
  switch (command) {
    case "start":
    case "stop":
    case "reset":
      say(
        `NEO4J_URI is set (${uri}): the project uses that database and manages no local Neo4j; nothing to ${command}.`,
      );
      return 0;
    case "status": {
      const driver = createDriver(connectionFor(target));
      try {
        const info = await driver.getServerInfo();
        say(`NEO4J_URI ${uri} answers: ${info.agent} (protocol ${info.protocolVersion})`);
        return 0;
      } finally {
        await driver.close();
      }
    }
    case "logs":
      say(`NEO4J_URI is set (${uri}): its logs are kept by whoever runs that database.`);
      return 0;
    case "cypher-shell": {
      const c = connectionFor(target);
      return cypherShell(localNeo4jSettings().distDir, c.uri, c.user, c.password, args);
    }
    default:
      return usage();
  }
}

async function cypherShell(
  distDir: string,
  uri: string,
  user: string,
  password: string,
  args: string[],
) {
  const java = findJava();
  const dist = await ensureDistribution(distDir, say);
  const child = spawn(
    java.executable,
    ["-cp", `${dist.shell}/*`, "org.neo4j.shell.Main", "-a", uri, "-u", user, ...args],
    // The password goes by environment, never on a command line other users can read.
    { stdio: "inherit", env: { ...process.env, NEO4J_PASSWORD: password } },
  );
  return new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
}

async function showLogs(file: string, follow: boolean): Promise<number> {
  if (!existsSync(file)) {
    say(`no log yet (${file}): the instance has not been started.`);
    return 0;
  }
  const lines = readFileSync(file, "utf8").split("\n");
  process.stdout.write(lines.slice(-200).join("\n"));
  if (!follow) return 0;
  let offset = statSync(file).size;
  watchFile(file, { interval: 500 }, (current) => {
    if (current.size <= offset) return;
    createReadStream(file, { start: offset, end: current.size - 1 }).pipe(process.stdout, {
      end: false,
    });
    offset = current.size;
  });
  return new Promise<number>(() => {});
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof LocalNeo4jError) console.error(`[neo4j] ${error.code}: ${error.message}`);
    else console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
