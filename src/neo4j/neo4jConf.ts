import type { LocalNeo4jSettings } from "../config/neo4jSettings";

/**
 * The APOC procedures and functions the local instance loads, and no others: each one is here
 * because the project calls it. Everything else APOC brings (URL loading, file import and export,
 * dynamic Cypher, sleeping, triggers) is not even registered, so no client can call it.
 */
export const LOADED_APOC: Readonly<Record<string, string>> = {
  // @neo4j/graphql 7 generates these (grep node_modules/@neo4j/graphql/dist for "apoc."):
  // authorization and cardinality checks, and the formatting of temporal values.
  "apoc.util.validate": "@neo4j/graphql: checks in generated Cypher",
  "apoc.util.validatePredicate": "@neo4j/graphql: authorization and cardinality checks",
  "apoc.date.convertFormat": "@neo4j/graphql: temporal formatting",
  // The log's data is JSON text: the log's format migration and the analysts' cookbook read it.
  "apoc.convert.fromJsonMap": "event data (src/eventstore, docs/cypher-cookbook.md)",
  // Says which APOC is loaded (the manager's test checks it equals Neo4j's version).
  "apoc.version": "APOC's version",
};

/**
 * The Content-Security-Policy of Neo4j Browser's pages, in place of Neo4j's default (which lets
 * it load Google fonts, Segment's analytics script and Canny's widget, and connect anywhere).
 * Browser loads those two scripts whenever it is connected to a Community server, whatever the
 * settings say (its `shouldAllowOutgoingConnections` is always true for Community), and the
 * fonts by a CSS @import: only the page's policy stops them. Everything Browser needs is served
 * by this server ('self') except Bolt, on its own port (a WebSocket, and a discovery request
 * over HTTP that Browser sends it first): the only other address it may reach.
 */
export function browserContentSecurityPolicy(settings: LocalNeo4jSettings): string {
  const bolt = ["ws", "http"].flatMap((scheme) =>
    ["127.0.0.1", "localhost"].map((host) => `${scheme}://${host}:${settings.boltPort}`),
  );
  return [
    "default-src 'self'",
    "script-src 'self'",
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    `connect-src 'self' ${bolt.join(" ")}`,
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The local instance's neo4j.conf, written anew at each start from the settings, so the
 * environment is the one place to change them. Loopback only, no outgoing connections, only
 * the APOC the project uses, explicit memory. Each setting says why it is here; Neo4j 5.26
 * validates the file strictly and refuses to start on a key it does not declare (it declares
 * neither `browser.allow_outgoing_connections` nor `apoc.*` keys: APOC's go in apoc.conf).
 */
export function renderNeo4jConf(settings: LocalNeo4jSettings, dirs: InstanceDirs): string {
  const http = `127.0.0.1:${settings.httpPort}`;
  const lines: [key: string, value: string, why: string][] = [
    ["server.default_listen_address", "127.0.0.1", "nothing listens beyond this machine"],
    ["server.default_advertised_address", "127.0.0.1", ""],
    ["server.bolt.enabled", "true", ""],
    ["server.bolt.listen_address", `127.0.0.1:${settings.boltPort}`, ""],
    [
      "server.bolt.advertised_address",
      `127.0.0.1:${settings.boltPort}`,
      "Browser connects to the Bolt address the server advertises through HTTP discovery",
    ],
    ["server.http.enabled", "true", "serves Neo4j Browser"],
    [
      "server.http_enabled_modules",
      "BROWSER",
      "Browser alone (with the discovery document it reads at /): the project and its analysts " +
        "speak Bolt, and the HTTP and Query APIs it leaves out are classes the server does not load at start",
    ],
    ["server.http.listen_address", http, ""],
    ["server.http.advertised_address", http, ""],
    ["server.https.enabled", "false", ""],
    ["server.memory.heap.initial_size", settings.heapSize, ""],
    ["server.memory.heap.max_size", settings.heapSize, ""],
    [
      "server.memory.pagecache.size",
      settings.pageCacheSize,
      "Neo4j would otherwise take half the machine's memory",
    ],
    ["dbms.security.auth_enabled", "true", ""],
    [
      "dbms.security.procedures.allowlist",
      Object.keys(LOADED_APOC).join(","),
      "only the APOC the project calls is loaded (LOADED_APOC in src/neo4j/neo4jConf.ts); " +
        "none of it needs dbms.security.procedures.unrestricted, which stays empty",
    ],
    [
      "internal.dbms.cypher_ip_blocklist",
      "0.0.0.0/0,::/0",
      "LOAD CSV and APOC's URL loading refuse every address, this machine's included " +
        "(Community has no LOAD privilege; this is the check both go through)",
    ],
    [
      "dbms.security.allow_csv_import_from_file_urls",
      "false",
      "LOAD CSV reads no local file either",
    ],
    ["dbms.usage_report.enabled", "false", "Neo4j sends no usage report"],
    [
      "client.allow_telemetry",
      "false",
      "Browser sends no product analytics and shows no consent banner (it reads this through dbms.clientConfig)",
    ],
    [
      "browser.remote_content_hostname_whitelist",
      "127.0.0.1",
      "Browser's :play and :get fetch guides from this machine only (the default adds guides.neo4j.com)",
    ],
    [
      "dbms.security.http_static_content_security_policy_header",
      browserContentSecurityPolicy(settings),
      "Browser's pages may load and connect to nothing but this server and its Bolt port",
    ],
    [
      "dbms.security.http_access_control_allow_origin",
      `http://${http}`,
      "pages of other origins may not read the HTTP API's answers (the default is *)",
    ],
    ["db.transaction.timeout", "120s", "no query runs unbounded"],
    ["server.directories.data", dirs.data, ""],
    ["server.directories.logs", dirs.logs, ""],
    ["server.directories.run", dirs.run, ""],
    ["server.directories.import", dirs.import, ""],
    ["server.directories.plugins", dirs.plugins, ""],
    ["server.directories.lib", dirs.lib, ""],
  ];
  const body = lines
    .map(([key, value, why]) => `${why ? `# ${why}\n` : ""}${key}=${value}`)
    .join("\n");
  return `# Written by the project at each start (src/neo4j/neo4jConf.ts): edit the environment, not this file.\n${body}\n`;
}

/**
 * APOC's own configuration (apoc.conf, beside neo4j.conf). Its defaults already refuse these;
 * stated here so that loading more of APOC one day does not open them silently.
 */
export function renderApocConf(): string {
  const lines: [key: string, value: string, why: string][] = [
    ["apoc.import.file.enabled", "false", "apoc.load.* and apoc.import.* read no local file"],
    [
      "apoc.import.file.use_neo4j_config",
      "true",
      "and if enabled, only under the import folder, with Neo4j's file URL setting",
    ],
    ["apoc.import.file.allow_read_from_filesystem", "false", ""],
    ["apoc.export.file.enabled", "false", "apoc.export.* writes no file"],
    ["apoc.trigger.enabled", "false", "no Cypher runs on its own on commit"],
  ];
  const body = lines
    .map(([key, value, why]) => `${why ? `# ${why}\n` : ""}${key}=${value}`)
    .join("\n");
  return `# Written by the project at each start (src/neo4j/neo4jConf.ts).\n${body}\n`;
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
