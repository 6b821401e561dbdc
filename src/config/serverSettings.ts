import { ConfigurationError } from "./neo4jSettings";

export interface ServerSettings {
  port: number;
  host: string;
  /** Origins allowed to call the API from a browser page of their own ("*" for any); none by default. */
  corsOrigins: string[];
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
  return {
    port,
    host: env.HOST || "127.0.0.1",
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
    bodyLimit,
    development: env.NODE_ENV === "development",
    logLevel: env.LOG_LEVEL || "info",
    seedWhenEmpty: env.SEED_WHEN_EMPTY !== "false",
  };
}
