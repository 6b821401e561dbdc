import { ConfigurationError } from "../../src/config/environment";
import { localNeo4jSettings, neo4jTarget } from "../../src/config/neo4jSettings";
import { LOADED_APOC, renderApocConf, renderNeo4jConf } from "../../src/neo4j/neo4jConf";

describe("Neo4j settings from the environment", () => {
  it("defaults to the local instance on the standard ports with small explicit memory", () => {
    const settings = localNeo4jSettings({});
    expect(settings).toMatchObject({
      boltPort: 7687,
      httpPort: 7474,
      heapSize: "512m",
      pageCacheSize: "512m",
    });
    expect(settings.instanceDir).toMatch(/\.neo4j\/local$/);
    expect(neo4jTarget({}).kind).toBe("local");
  });

  it("rejects a port that is not a port", () => {
    expect(() => localNeo4jSettings({ NEO4J_BOLT_PORT: "seventy" })).toThrow(ConfigurationError);
    expect(() => localNeo4jSettings({ NEO4J_HTTP_PORT: "70000" })).toThrow(/NEO4J_HTTP_PORT/);
  });

  it("rejects a memory size Neo4j would not understand", () => {
    expect(() => localNeo4jSettings({ NEO4J_HEAP_SIZE: "lots" })).toThrow(/NEO4J_HEAP_SIZE/);
  });

  it("uses a given NEO4J_URI, which then needs a password", () => {
    expect(() => neo4jTarget({ NEO4J_URI: "neo4j+s://x.databases.neo4j.io" })).toThrow(
      /NEO4J_PASSWORD/,
    );
    expect(
      neo4jTarget({ NEO4J_URI: "neo4j+s://x.databases.neo4j.io", NEO4J_PASSWORD: "p" }),
    ).toEqual({
      kind: "external",
      uri: "neo4j+s://x.databases.neo4j.io",
      user: "neo4j",
      password: "p",
      database: "neo4j",
    });
    expect(() => neo4jTarget({ NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "p" })).toThrow(
      /bolt/,
    );
  });

  const confOf = (settings: ReturnType<typeof localNeo4jSettings>) =>
    renderNeo4jConf(settings, {
      home: "/h",
      conf: "/h/conf",
      data: "/h/data",
      logs: "/h/logs",
      run: "/h/run",
      import: "/h/import",
      plugins: "/d/plugins",
      lib: "/d/lib",
    });
  const settingsOf = (conf: string) =>
    new Map(
      conf
        .split("\n")
        .filter((line) => line !== "" && !line.startsWith("#"))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );

  it("binds the local instance to loopback only", () => {
    const conf = confOf(localNeo4jSettings({ NEO4J_BOLT_PORT: "9999" }));
    expect(conf).toContain("server.default_listen_address=127.0.0.1\n");
    expect(conf).toContain("server.bolt.listen_address=127.0.0.1:9999\n");
    const addresses = [...settingsOf(conf)].filter(([key]) => key.endsWith("_address"));
    expect(addresses.length).toBeGreaterThan(5);
    for (const [, value] of addresses) expect(value).toMatch(/^127\.0\.0\.1(:\d+)?$/);
  });

  it("loads only the APOC the project names, each setting explained, and lets Browser reach only Bolt", () => {
    const conf = confOf(localNeo4jSettings({ NEO4J_BOLT_PORT: "9999", NEO4J_HTTP_PORT: "9998" }));
    const settings = settingsOf(conf);
    expect(settings.get("dbms.security.procedures.allowlist")?.split(",").sort()).toEqual(
      Object.keys(LOADED_APOC).sort(),
    );
    expect(settings.get("dbms.security.procedures.allowlist")).not.toContain("*");
    expect(settings.has("dbms.security.procedures.unrestricted")).toBe(false);
    expect(settings.get("client.allow_telemetry")).toBe("false");
    const csp = settings.get("dbms.security.http_static_content_security_policy_header") ?? "";
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain(
      "connect-src 'self' ws://127.0.0.1:9999 ws://localhost:9999 http://127.0.0.1:9999 http://localhost:9999;",
    );
    // Every host named in the policy is this machine.
    expect(
      csp.match(/[a-z]+:\/\/[^ ;:]+/g)?.every((url) => /\/\/(127\.0\.0\.1|localhost)$/.test(url)),
    ).toBe(true);
    expect(renderApocConf()).toContain("apoc.import.file.enabled=false\n");
  });
});
