import type { LocalNeo4jSettings } from "../config/neo4jSettings";

/**
 * The local instance's neo4j.conf, written anew at each start from the settings, so the
 * environment is the one place to change them. Loopback only; APOC allowed; explicit memory.
 */
export function renderNeo4jConf(settings: LocalNeo4jSettings, dirs: InstanceDirs): string {
  const lines: Record<string, string> = {
    "server.default_listen_address": "127.0.0.1",
    "server.default_advertised_address": "127.0.0.1",
    "server.bolt.enabled": "true",
    "server.bolt.listen_address": `127.0.0.1:${settings.boltPort}`,
    // Browser connects to the Bolt address the server advertises through HTTP discovery.
    "server.bolt.advertised_address": `127.0.0.1:${settings.boltPort}`,
    "server.http.enabled": "true",
    "server.http.listen_address": `127.0.0.1:${settings.httpPort}`,
    "server.http.advertised_address": `127.0.0.1:${settings.httpPort}`,
    "server.https.enabled": "false",
    "server.memory.heap.initial_size": settings.heapSize,
    "server.memory.heap.max_size": settings.heapSize,
    "server.memory.pagecache.size": settings.pageCacheSize,
    "dbms.security.auth_enabled": "true",
    "dbms.security.procedures.unrestricted": "apoc.*",
    "dbms.security.procedures.allowlist": "apoc.*",
    "dbms.usage_report.enabled": "false",
    "db.transaction.timeout": "120s",
    "server.directories.data": dirs.data,
    "server.directories.logs": dirs.logs,
    "server.directories.run": dirs.run,
    "server.directories.import": dirs.import,
    "server.directories.plugins": dirs.plugins,
    "server.directories.lib": dirs.lib,
  };
  const body = Object.entries(lines)
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");
  return `# Written by the project at each start (src/neo4j/neo4jConf.ts): edit the environment, not this file.\n${body}\n`;
}

export interface InstanceDirs {
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  import: string;
  plugins: string;
  lib: string;
}
