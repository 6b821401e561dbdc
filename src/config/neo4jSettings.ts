import path from "node:path";
import { projectRoot } from "./projectRoot";
import { ConfigurationError, type Env } from "./environment";

/** How the project reaches Neo4j: a database the user gives, or the local one it manages. */
export type Neo4jTarget =
  | { kind: "external"; uri: string; user: string; password: string; database: string }
  | { kind: "local"; local: LocalNeo4jSettings; database: string };

export interface LocalNeo4jSettings {
  /** The instance folder: conf/, data/, logs/, run/ and the generated password live here. */
  instanceDir: string;
  /** Assembled jars, shared by every instance of this checkout. */
  distDir: string;
  boltPort: number;
  httpPort: number;
  heapSize: string;
  pageCacheSize: string;
  user: string;
  /** From NEO4J_PASSWORD; otherwise generated once and kept in the instance folder. */
  password: string | undefined;
}

function port(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new ConfigurationError(`${name} must be a TCP port (1-65535), got "${raw}"`);
  }
  return value;
}

function memorySize(env: Env, name: string, fallback: string): string {
  const raw = env[name] ?? "";
  if (raw === "") return fallback;
  if (!/^\d+[kmgKMG]?$/.test(raw)) {
    throw new ConfigurationError(`${name} must be a size such as 512m or 1g, got "${raw}"`);
  }
  return raw.toLowerCase();
}

/** Settings of a project-managed Neo4j, from the environment, with small explicit defaults. */
export function localNeo4jSettings(env: Env = process.env): LocalNeo4jSettings {
  const root = projectRoot();
  return {
    instanceDir: path.resolve(root, env.NEO4J_DATA_DIR || path.join(".neo4j", "local")),
    distDir: path.resolve(root, env.NEO4J_DIST_DIR || path.join(".neo4j", "dist")),
    boltPort: port(env, "NEO4J_BOLT_PORT", 7687),
    httpPort: port(env, "NEO4J_HTTP_PORT", 7474),
    heapSize: memorySize(env, "NEO4J_HEAP_SIZE", "512m"),
    pageCacheSize: memorySize(env, "NEO4J_PAGECACHE_SIZE", "512m"),
    user: env.NEO4J_USER || "neo4j",
    password: env.NEO4J_PASSWORD || undefined,
  };
}

/** NEO4J_URI given: use that database and start nothing. Otherwise: the local instance. */
export function neo4jTarget(env: Env = process.env): Neo4jTarget {
  const database = env.NEO4J_DATABASE || "neo4j";
  const uri = env.NEO4J_URI;
  if (uri) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
      throw new ConfigurationError(
        `NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got "${uri}"`,
      );
    }
    const password = env.NEO4J_PASSWORD;
    if (!password) {
      throw new ConfigurationError("NEO4J_URI is set, so NEO4J_PASSWORD must be set too");
    }
    return { kind: "external", uri, user: env.NEO4J_USER || "neo4j", password, database };
  }
  return { kind: "local", local: localNeo4jSettings(env), database };
}
