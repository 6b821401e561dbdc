import type { Driver } from "neo4j-driver";
import { neo4jTarget, type Neo4jTarget } from "../config/neo4jSettings";
import { ensureSchema } from "./ensureSchema";
import { LocalNeo4j, type Report, type StartResult } from "./LocalNeo4j";
import { connectionFor, createDriver } from "./neo4jConnection";

export interface OpenDatabase {
  driver: Driver;
  database: string;
  uri: string;
  /** The local server, when the project manages it (whether or not this process started it). */
  local: LocalNeo4j | undefined;
  /** True when this call started the local server, false when it found it running. */
  startedLocal: boolean;
  /** How the local server was started or found running (undefined with NEO4J_URI). */
  localStart: StartResult | undefined;
  /** Creating (or checking) the log's and the graph's constraints and indexes. */
  schemaMillis: number;
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
  let localStart: StartResult | undefined;
  if (target.kind === "local") {
    local = new LocalNeo4j(target.local, report);
    localStart = await local.start();
  }
  const connection = connectionFor(target);
  const driver = createDriver(connection);
  let schemaMillis: number;
  try {
    await driver.verifyConnectivity({ database: connection.database });
    const schemaStarted = performance.now();
    if (options.ensureSchema !== false) await ensureSchema(driver, connection.database);
    schemaMillis = performance.now() - schemaStarted;
  } catch (error) {
    await driver.close();
    throw error;
  }
  return {
    driver,
    database: connection.database,
    uri: connection.uri,
    local,
    startedLocal: localStart !== undefined && !localStart.alreadyRunning,
    localStart,
    schemaMillis,
    close: () => driver.close(),
  };
}
