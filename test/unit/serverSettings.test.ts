import { readFileSync } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../../src/config/environment";
import { projectRoot } from "../../src/config/projectRoot";
import { DEFAULT_LIMITS, serverSettings } from "../../src/config/serverSettings";

/** Each limit's variable and the setting it sets. */
const LIMIT_VARIABLES = [
  ["MAX_QUERY_DEPTH", "maxDepth"],
  ["MAX_QUERY_COST", "maxCost"],
  ["MAX_ALIASES", "maxAliases"],
  ["MAX_DIRECTIVES", "maxDirectives"],
  ["MAX_TOKENS", "maxTokens"],
  ["MAX_INPUT_DEPTH", "maxInputDepth"],
  ["MAX_FILTER_DEPTH", "maxFilterDepth"],
  ["REQUEST_TIMEOUT_MS", "requestTimeoutMs"],
] as const;

/** The defaults the operating guide's table of limits gives: | `MAX_ALIASES` | `30` | ... */
function documentedDefaults(): Map<string, number> {
  const guide = readFileSync(path.join(projectRoot(), "docs", "operating.md"), "utf8");
  const limits = guide.slice(guide.indexOf("\n## Limits\n"));
  const rows = limits.matchAll(/^\| `([A-Z_]+)` \| `(\d+)` \|/gm);
  return new Map([...rows].map(([, name, value]) => [name!, Number(value)]));
}

describe("server settings from the environment", () => {
  it("has every limit on by default, at the default the operating guide documents", () => {
    expect(serverSettings({}).limits).toEqual(DEFAULT_LIMITS);
    const documented = documentedDefaults();
    for (const [name, key] of LIMIT_VARIABLES) {
      expect([name, documented.get(name)]).toEqual([name, DEFAULT_LIMITS[key]]);
    }
    expect(Object.keys(DEFAULT_LIMITS).sort()).toEqual(LIMIT_VARIABLES.map(([, k]) => k).sort());
  });

  it.each(LIMIT_VARIABLES)("takes %s, a whole number from 1 on", (name, key) => {
    expect(serverSettings({ [name]: "7" }).limits[key]).toBe(7);
    expect(serverSettings({ [name]: "" }).limits[key]).toBe(DEFAULT_LIMITS[key]);
    for (const wrong of ["0", "-3", "1.5", "ten", "1e9999"]) {
      expect(() => serverSettings({ [name]: wrong })).toThrow(ConfigurationError);
      expect(() => serverSettings({ [name]: wrong })).toThrow(name);
    }
  });

  it("opens introspection where only this machine asks, and in development", () => {
    expect(serverSettings({}).introspection).toBe(true);
    expect(serverSettings({ HOST: "localhost" }).introspection).toBe(true);
    expect(serverSettings({ HOST: "0.0.0.0" }).introspection).toBe(false);
    expect(serverSettings({ HOST: "0.0.0.0", NODE_ENV: "development" }).introspection).toBe(true);
  });

  it("takes INTROSPECTION=true|false over the default", () => {
    expect(serverSettings({ HOST: "0.0.0.0", INTROSPECTION: "true" }).introspection).toBe(true);
    expect(serverSettings({ INTROSPECTION: "false" }).introspection).toBe(false);
    expect(() => serverSettings({ INTROSPECTION: "yes" })).toThrow(/INTROSPECTION/);
  });

  it("bounds what one connection may hold, each bound from its variable", () => {
    expect(serverSettings({}).connections).toEqual({
      headersTimeoutMs: 10_000,
      receiveTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1_000,
    });
    expect(
      serverSettings({ HEADERS_TIMEOUT_MS: "2000", MAX_CONNECTIONS: "50" }).connections,
    ).toMatchObject({ headersTimeoutMs: 2000, maxConnections: 50 });
    expect(() => serverSettings({ HEADERS_TIMEOUT_MS: "60000" })).toThrow(/RECEIVE_TIMEOUT_MS/);
    expect(() => serverSettings({ MAX_CONNECTIONS: "0" })).toThrow(/MAX_CONNECTIONS/);
  });

  it("refuses a port or a body limit it cannot use", () => {
    expect(() => serverSettings({ PORT: "http" })).toThrow(/PORT/);
    expect(() => serverSettings({ BODY_LIMIT: "a lot" })).toThrow(/BODY_LIMIT/);
  });
});
