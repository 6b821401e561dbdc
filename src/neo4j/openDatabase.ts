import type { Driver } from "neo4j-driver";
import { neo4jTarget, type Neo4jTarget } from "../config/neo4jSettings";
import { ensureSchema } from "./ensureSchema";
import { LocalNeo4j, type Report } from "./LocalNeo4j";
import { connectionFor, createDriver } from "./neo4jConnection";

export interface OpenDatabase {
  driver: Driver;
  database: string;
  uri: string;
  /** The local server, when the project manages it (whether or not this process started it). */
  local: LocalNeo4j | undefined;
  /** True when this call started the local server (so whoever opened it may stop it). */
  startedLocal: boolean;
  close(): Promise<void>;
}

/**
 * The one way tools and the service reach Neo4j: NEO4J_URI if given, else the local instance,
 * started when it is not running. The driver is verified and the schema ensured before return.
 */
export async function openDatabase(
  options: { target?: Neo4jTarget; report?: Report; ensureSchema?: boolean } = {},
): Promise<OpenDatabase> {
  const target = options.target ?? neo4jTarget();
  const report = options.report ?? (() => {});
  let local: LocalNeo4j | undefined;
  let startedLocal = false;
  if (target.kind === "local") {
    local = new LocalNeo4j(target.local, report);
    const started = await local.start();
    startedLocal = !started.alreadyRunning;
  }
  const connection = connectionFor(target);
  const driver = createDriver(connection);
  try {
    await driver.verifyConnectivity({ database: connection.database });
    if (options.ensureSchema !== false) await ensureSchema(driver, connection.database);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return {
    driver,
    database: connection.database,
    uri: connection.uri,
    local,
    startedLocal,
    close: () => driver.close(),
  };
}
