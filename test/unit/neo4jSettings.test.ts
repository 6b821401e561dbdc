import {
  ConfigurationError,
  localNeo4jSettings,
  neo4jTarget,
} from "../../src/config/neo4jSettings";
import { renderNeo4jConf } from "../../src/neo4j/neo4jConf";

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

  it("binds the local instance to loopback only", () => {
    const settings = localNeo4jSettings({ NEO4J_BOLT_PORT: "9999" });
    const conf = renderNeo4jConf(settings, {
      home: "/h",
      conf: "/h/conf",
      data: "/h/data",
      logs: "/h/logs",
      run: "/h/run",
      import: "/h/import",
      plugins: "/d/plugins",
      lib: "/d/lib",
    });
    expect(conf).toContain("server.default_listen_address=127.0.0.1\n");
    expect(conf).toContain("server.bolt.listen_address=127.0.0.1:9999\n");
    expect(conf).not.toMatch(/0\.0\.0\.0/);
  });
});
