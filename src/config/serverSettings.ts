import { networkInterfaces, hostname } from "node:os";
import { authSettings, isLoopback, type AuthSettings } from "./authSettings";
import { ConfigurationError } from "./neo4jSettings";

export interface ServerSettings {
  port: number;
  host: string;
  /** Origins allowed to call the API from a browser page of their own ("*" for any); none by default. */
  corsOrigins: string[];
  /**
   * Host names (the Host header, without port) this server answers to, or "*": a name outside
   * them is refused, so a DNS-rebinding page cannot reach a server on the loopback interface.
   */
  allowedHosts: string[] | "*";
  auth: AuthSettings;
  /** Largest request body accepted (express/bytes syntax: 1mb, 500kb). */
  bodyLimit: string;
  development: boolean;
  logLevel: string;
  /** Ingest the seed articles at start when the log is empty. */
  seedWhenEmpty: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

export function serverSettings(env: Env = process.env): ServerSettings {
  const port = Number(env.PORT || 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigurationError(`PORT must be a TCP port (0-65535), got "${env.PORT}"`);
  }
  const bodyLimit = env.BODY_LIMIT || "1mb";
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) {
    throw new ConfigurationError(
      `BODY_LIMIT must be a size such as 1mb or 500kb, got "${bodyLimit}"`,
    );
  }
  const host = env.HOST || "127.0.0.1";
  return {
    port,
    host,
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
    allowedHosts: allowedHosts(env.ALLOWED_HOSTS, host),
    auth: authSettings(env),
    bodyLimit,
    development: env.NODE_ENV === "development",
    logLevel: env.LOG_LEVEL || "info",
    seedWhenEmpty: env.SEED_WHEN_EMPTY !== "false",
  };
}

/**
 * ALLOWED_HOSTS when given; otherwise the loopback names, plus, when the server listens beyond
 * loopback, this machine's name and addresses (a DNS name of its own must then be configured).
 */
function allowedHosts(configured: string | undefined, host: string): string[] | "*" {
  if (configured?.trim() === "*") return "*";
  const names = new Set(["localhost", "127.0.0.1", "[::1]"]);
  for (const name of (configured ?? "").split(",")) {
    if (name.trim()) names.add(name.trim().toLowerCase());
  }
  if (configured === undefined || configured.trim() === "") {
    if (host === "0.0.0.0" || host === "::") {
      names.add(hostname().toLowerCase());
      for (const addresses of Object.values(networkInterfaces())) {
        for (const { address, family } of addresses ?? []) {
          names.add(family === "IPv6" ? `[${address}]` : address);
        }
      }
    } else if (!isLoopback(host)) {
      names.add(host.includes(":") ? `[${host}]` : host.toLowerCase());
    }
  }
  return [...names];
}
