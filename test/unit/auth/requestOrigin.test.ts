import { serverSettings } from "../../../src/config/serverSettings";
import { hostAllowed, hostName, webSocketOriginAllowed } from "../../../src/server/requestOrigin";

describe("the Host header", () => {
  const local = serverSettings({});

  it("is read without its port, lower-cased, IPv6 in brackets", () => {
    expect(hostName("LocalHost:4000")).toBe("localhost");
    expect(hostName("[::1]:4000")).toBe("[::1]");
    expect(hostName("127.0.0.1")).toBe("127.0.0.1");
    expect(hostName(undefined)).toBeUndefined();
  });

  it("names a loopback host by default; a rebound DNS name is refused", () => {
    expect(hostAllowed("127.0.0.1:4000", local)).toBe(true);
    expect(hostAllowed("localhost:4000", local)).toBe(true);
    expect(hostAllowed("[::1]:4000", local)).toBe(true);
    expect(hostAllowed("attacker.example:4000", local)).toBe(false);
    expect(hostAllowed(undefined, local)).toBe(false);
  });

  it("may be configured, or any (*)", () => {
    const configured = serverSettings({ ALLOWED_HOSTS: "kg.example.org, Other.example" });
    expect(hostAllowed("kg.example.org", configured)).toBe(true);
    expect(hostAllowed("other.example:443", configured)).toBe(true);
    expect(hostAllowed("127.0.0.1:4000", configured)).toBe(true);
    expect(hostAllowed("attacker.example", configured)).toBe(false);
    expect(hostAllowed("attacker.example", serverSettings({ ALLOWED_HOSTS: "*" }))).toBe(true);
  });

  it("includes the address the server listens on when that is not loopback", () => {
    expect(hostAllowed("10.1.2.3:4000", serverSettings({ HOST: "10.1.2.3" }))).toBe(true);
  });
});

describe("a WebSocket's Origin", () => {
  const local = serverSettings({});

  it("is the server's own page, an origin CORS admits, or none (not a browser)", () => {
    expect(webSocketOriginAllowed("http://127.0.0.1:4000", "127.0.0.1:4000", local)).toBe(true);
    expect(webSocketOriginAllowed(undefined, "127.0.0.1:4000", local)).toBe(true);
    expect(webSocketOriginAllowed("https://evil.example", "127.0.0.1:4000", local)).toBe(false);
    expect(webSocketOriginAllowed("null", "127.0.0.1:4000", local)).toBe(false);
    // An Origin header is scheme, host and port: one with a path is not a browser's.
    const production = serverSettings({ NODE_ENV: "production" });
    expect(webSocketOriginAllowed("http://10.0.0.5:4000/x", "10.0.0.5:4000", production)).toBe(
      false,
    );
    expect(webSocketOriginAllowed("http://10.0.0.5:4000", "10.0.0.5:4000", production)).toBe(true);
    // A dev server on this machine, outside production, as for CORS.
    expect(webSocketOriginAllowed("http://127.0.0.1:5173", "127.0.0.1:4000", local)).toBe(true);
    expect(webSocketOriginAllowed("http://127.0.0.1:5173", "127.0.0.1:4000", production)).toBe(
      false,
    );
    const vite = serverSettings({ NODE_ENV: "production", CORS_ORIGINS: "http://localhost:5173" });
    expect(webSocketOriginAllowed("http://localhost:5173", "127.0.0.1:4000", vite)).toBe(true);
  });
});
