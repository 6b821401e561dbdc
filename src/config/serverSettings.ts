import { networkInterfaces, hostname } from "node:os";
import { authSettings, isLoopback, type AuthSettings } from "./authSettings";
import { ConfigurationError, flag, positiveInteger, type Env } from "./environment";

/**
 * What one request may ask for and how long it may take (docs/operating.md, "Limits"). Every
 * limit is on by default; each can be changed through its environment variable.
 */
export interface RequestLimits {
  /** Deepest selection (fields within fields; fragments do not add depth). MAX_QUERY_DEPTH */
  maxDepth: number;
  /** Highest estimated cost (src/graphql/queryCost.ts weighs it). MAX_QUERY_COST */
  maxCost: number;
  /** Most aliases in an operation. MAX_ALIASES */
  maxAliases: number;
  /** Most directives in an operation. MAX_DIRECTIVES */
  maxDirectives: number;
  /** Most lexical tokens in a document (parsing stops past them). MAX_TOKENS */
  maxTokens: number;
  /** Deepest nesting of input objects in an argument, variables included. MAX_INPUT_DEPTH */
  maxInputDepth: number;
  /**
   * Deepest nesting of relationship filters in an operation's arguments, `all` and `single`
   * counting two (src/graphql/filterDepth.ts). MAX_FILTER_DEPTH
   */
  maxFilterDepth: number;
  /** A request's time; the Cypher it started ends with it. REQUEST_TIMEOUT_MS */
  requestTimeoutMs: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 10,
  maxCost: 10_000,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 2000,
  maxInputDepth: 12,
  maxFilterDepth: 4,
  requestTimeoutMs: 10_000,
};

/**
 * What one connection may hold (README, "Limits"): a client that sends its headers or its body
 * a byte at a time (slow-loris) is cut off, idle kept-alive connections close, and past the cap
 * new connections are refused, so that a few clients cannot hold every socket.
 */
export interface ConnectionLimits {
  /** The request's headers must all arrive within this. HEADERS_TIMEOUT_MS */
  headersTimeoutMs: number;
  /** The whole request, headers and body, must arrive within this. RECEIVE_TIMEOUT_MS */
  receiveTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. KEEP_ALIVE_TIMEOUT_MS */
  keepAliveTimeoutMs: number;
  /** Open connections (WebSockets included) at most; more are closed as they come. MAX_CONNECTIONS */
  maxConnections: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  receiveTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
};

export interface ServerSettings {
  port: number;
  host: string;
  /** Origins allowed to call the API from a browser page of their own ("*" for any); none by default. */
  corsOrigins: string[];
  /**
   * Whether pages of dev servers on this machine (http://localhost:<port>, 127.0.0.1, [::1]) may
   * call the API too: yes unless NODE_ENV=production, so a Vite or Next dev server works as
   * started; a production deployment admits only CORS_ORIGINS.
   */
  corsLoopbackOrigins: boolean;
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
  /**
   * Run the explorer's and GraphiQL's queries once just after ready, so that Neo4j has planned
   * them before a person's first visit (src/graphql/warmPlans.ts).
   */
  warmPlans: boolean;
  limits: RequestLimits;
  connections: ConnectionLimits;
  /** Whether the schema can be introspected (GraphiQL needs it). */
  introspection: boolean;
}

const LOOPBACK = ["127.0.0.1", "localhost", "::1"];

export function requestLimits(env: Env = process.env): RequestLimits {
  const d = DEFAULT_LIMITS;
  return {
    maxDepth: positiveInteger(env, "MAX_QUERY_DEPTH", d.maxDepth, 100),
    maxCost: positiveInteger(env, "MAX_QUERY_COST", d.maxCost, 10_000_000),
    maxAliases: positiveInteger(env, "MAX_ALIASES", d.maxAliases, 1000),
    maxDirectives: positiveInteger(env, "MAX_DIRECTIVES", d.maxDirectives, 1000),
    maxTokens: positiveInteger(env, "MAX_TOKENS", d.maxTokens, 1_000_000),
    maxInputDepth: positiveInteger(env, "MAX_INPUT_DEPTH", d.maxInputDepth, 100),
    maxFilterDepth: positiveInteger(env, "MAX_FILTER_DEPTH", d.maxFilterDepth, 100),
    requestTimeoutMs: positiveInteger(env, "REQUEST_TIMEOUT_MS", d.requestTimeoutMs, 3_600_000),
  };
}

export function connectionLimits(env: Env = process.env): ConnectionLimits {
  const d = DEFAULT_CONNECTION_LIMITS;
  const limits = {
    headersTimeoutMs: positiveInteger(env, "HEADERS_TIMEOUT_MS", d.headersTimeoutMs, 3_600_000),
    receiveTimeoutMs: positiveInteger(env, "RECEIVE_TIMEOUT_MS", d.receiveTimeoutMs, 3_600_000),
    keepAliveTimeoutMs: positiveInteger(
      env,
      "KEEP_ALIVE_TIMEOUT_MS",
      d.keepAliveTimeoutMs,
      3_600_000,
    ),
    maxConnections: positiveInteger(env, "MAX_CONNECTIONS", d.maxConnections, 1_000_000),
  };
  // Node refuses headers allowed longer than the whole request.
  if (limits.headersTimeoutMs > limits.receiveTimeoutMs) {
    throw new ConfigurationError(
      `HEADERS_TIMEOUT_MS (${limits.headersTimeoutMs}) must not exceed RECEIVE_TIMEOUT_MS (${limits.receiveTimeoutMs})`,
    );
  }
  return limits;
}

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
  const development = env.NODE_ENV === "development";
  return {
    port,
    host,
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
    corsLoopbackOrigins: env.NODE_ENV !== "production",
    allowedHosts: allowedHosts(env.ALLOWED_HOSTS, host),
    auth: authSettings(env),
    bodyLimit,
    development,
    logLevel: env.LOG_LEVEL || "info",
    seedWhenEmpty: env.SEED_WHEN_EMPTY !== "false",
    warmPlans: flag(env, "WARM_PLANS", true),
    limits: requestLimits(env),
    connections: connectionLimits(env),
    // Open where only this machine can ask (and in development); a server for other machines
    // keeps its schema to itself unless told otherwise.
    introspection: flag(env, "INTROSPECTION", development || LOOPBACK.includes(host)),
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
