import cors from "cors";
import type { RequestHandler } from "express";
import type { ServerSettings } from "../config/serverSettings";

type OriginSettings = Pick<ServerSettings, "corsOrigins" | "corsLoopbackOrigins">;

/** Host names of this machine's dev servers (Vite, Next, webpack): what `new URL(origin).hostname` gives. */
const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The request headers browsers may send cross-origin: JSON bodies, credentials, Apollo's
 * CSRF-prevention header (which makes a GET preflighted), the operation name Apollo Client's
 * HttpLink can send, and its client-awareness headers.
 */
export const CORS_ALLOWED_HEADERS = [
  "content-type",
  "authorization",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "apollographql-client-name",
  "apollographql-client-version",
] as const;

/** Response headers a page may read: the request's id (logs, traces) and when to retry. */
const CORS_EXPOSED_HEADERS = ["request-id", "retry-after"];

/**
 * An Origin header as a browser sends it, parsed: http or https, and scheme, host and port only
 * (anything more is not a browser's). Undefined for anything else.
 */
export function browserOrigin(origin: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return undefined;
  }
  const web = url.protocol === "http:" || url.protocol === "https:";
  return web && url.origin === origin ? url : undefined;
}

/** A page on a loopback dev server: http(s)://localhost, 127.0.0.1 or [::1], on any port. */
export function isLoopbackDevOrigin(origin: string): boolean {
  const url = browserOrigin(origin);
  return url !== undefined && LOOPBACK_NAMES.has(url.hostname);
}

/**
 * Whether pages of this origin may call the API (CORS) and open its WebSocket: one of
 * CORS_ORIGINS (or any, with "*"), or, outside production, a dev server on this machine.
 */
export function corsOriginAllowed(origin: string, settings: OriginSettings): boolean {
  if (settings.corsOrigins.includes("*") || settings.corsOrigins.includes(origin)) return true;
  return settings.corsLoopbackOrigins && isLoopbackDevOrigin(origin);
}

/**
 * The CORS middleware of the API's routes. An allowed origin gets its CORS headers and its
 * preflight (OPTIONS) a 204; any other gets none, so its browser keeps the answer from the page.
 * A preflight of an origin that is not allowed is answered 204 without them too: it is the
 * headers that refuse, and Apollo would answer the OPTIONS with a puzzling 400.
 */
export function corsMiddleware(settings: OriginSettings): RequestHandler[] {
  const allowed = cors({
    origin: (origin, callback) =>
      callback(null, origin !== undefined && corsOriginAllowed(origin, settings)),
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    exposedHeaders: CORS_EXPOSED_HEADERS,
    // Browsers cap it (Chromium at 2 h); ten minutes spares a preflight per request.
    maxAge: 600,
  });
  // Every answer depends on the Origin, allowed or not: a shared cache must not mix them.
  const varyByOrigin: RequestHandler = (_req, res, next) => {
    res.vary("Origin");
    next();
  };
  const otherPreflights: RequestHandler = (req, res, next) => {
    if (req.method !== "OPTIONS") return next();
    res.set("allow", "GET, POST, OPTIONS").status(204).end();
  };
  return [varyByOrigin, allowed, otherPreflights];
}
