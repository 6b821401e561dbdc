import type { LocalNeo4jSettings } from "../../src/config/neo4jSettings";
import { LocalNeo4j, type Report } from "../../src/neo4j/LocalNeo4j";
import { isListening } from "../../src/neo4j/tcpPorts";
import type { Neo4jAddress } from "./apiProcessEnv";
import { isAlive } from "./isAlive";
import { ownTestNeo4jSettings } from "./testNeo4j";

/**
 * Settings of a Neo4j that a test kills: a folder under .neo4j/ and ports of its own
 * (NEO4J_TEST_KILLABLE_BOLT_PORT, NEO4J_TEST_KILLABLE_HTTP_PORT), never the shared test Neo4j
 * that the other test files use. Test files run one at a time, so those that kill a Neo4j share
 * the ports, each with its own folder.
 */
export function killableTestNeo4jSettings(
  folder: string,
  env: NodeJS.ProcessEnv = process.env,
): LocalNeo4jSettings {
  return ownTestNeo4jSettings(folder, {
    boltPort: Number(env.NEO4J_TEST_KILLABLE_BOLT_PORT || 17697),
    httpPort: Number(env.NEO4J_TEST_KILLABLE_HTTP_PORT || 17484),
    pageCacheSize: "256m",
    password: "killable-password-not-secret",
  });
}

/**
 * A project-managed Neo4j (LocalNeo4j) that can be killed with SIGKILL, as a crash would, and
 * started again on the same folder: what it committed must survive.
 */
export class KillableNeo4j {
  readonly local: LocalNeo4j;

  constructor(
    readonly settings: LocalNeo4jSettings,
    report: Report = () => {},
  ) {
    this.local = new LocalNeo4j(settings, report);
  }

  get address(): Neo4jAddress {
    return {
      uri: this.local.boltUri,
      user: this.settings.user,
      password: this.settings.password ?? "",
    };
  }

  /** Deletes what an earlier run left (stopping its server), then starts an empty database. */
  async startEmpty(): Promise<void> {
    await this.local.reset();
    await this.local.start();
  }

  /** Starts it again after a kill; resolves once Bolt answers a query. */
  async restart(): Promise<void> {
    await this.local.start();
  }

  /** SIGKILL, then waits until Bolt no longer accepts connections. */
  async kill(): Promise<void> {
    const pid = this.local.runningPid();
    if (pid === undefined) throw new Error("no Neo4j to kill: it is not running");
    process.kill(pid, "SIGKILL");
    const deadline = Date.now() + 10_000;
    // Gone, not only deaf: its port closes before the process has exited, and a start in
    // between would take the dying process for a running server (and see it "exit during start").
    while ((await isListening(this.settings.boltPort)) || isAlive(pid)) {
      if (Date.now() > deadline) throw new Error(`Neo4j (pid ${pid}) still runs after SIGKILL`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops it gracefully if it runs (what a test's cleanup calls, whatever happened). */
  async stop(): Promise<void> {
    await this.local.stop();
  }
}
