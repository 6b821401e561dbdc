import { serverSettings } from "../../../src/config/serverSettings";
import { corsOriginAllowed, isLoopbackDevOrigin } from "../../../src/server/corsPolicy";

describe("the origins whose pages may call the API (CORS)", () => {
  it("are, outside production, the dev servers of this machine on any port", () => {
    const development = serverSettings({});
    for (const origin of [
      "http://localhost:5173",
      "http://127.0.0.1:3000",
      "http://[::1]:8080",
      "https://localhost:5173",
      "http://localhost",
    ])
      expect({ origin, allowed: corsOriginAllowed(origin, development) }).toEqual({
        origin,
        allowed: true,
      });
    for (const origin of [
      "http://evil.example",
      "http://localhost.evil.example:5173",
      "http://127.0.0.2:5173",
      "file://localhost",
      "null",
      "http://localhost:5173/path",
    ])
      expect({ origin, allowed: corsOriginAllowed(origin, development) }).toEqual({
        origin,
        allowed: false,
      });
  });

  it("are, in production, CORS_ORIGINS alone (or any, with *)", () => {
    const production = serverSettings({ NODE_ENV: "production" });
    expect(production.corsLoopbackOrigins).toBe(false);
    expect(corsOriginAllowed("http://localhost:5173", production)).toBe(false);
    const configured = serverSettings({
      NODE_ENV: "production",
      CORS_ORIGINS: "https://kg.example.org, http://localhost:5173",
    });
    expect(corsOriginAllowed("https://kg.example.org", configured)).toBe(true);
    expect(corsOriginAllowed("http://localhost:5173", configured)).toBe(true);
    expect(corsOriginAllowed("http://localhost:5174", configured)).toBe(false);
    expect(
      corsOriginAllowed(
        "https://any.example",
        serverSettings({ NODE_ENV: "production", CORS_ORIGINS: "*" }),
      ),
    ).toBe(true);
  });

  it("reads an origin as a browser sends it: scheme, host and port", () => {
    expect(isLoopbackDevOrigin("http://LOCALHOST:5173")).toBe(false);
    expect(isLoopbackDevOrigin("http://localhost:5173")).toBe(true);
    expect(isLoopbackDevOrigin("not a url")).toBe(false);
  });
});
