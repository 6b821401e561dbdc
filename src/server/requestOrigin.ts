import type { ServerSettings } from "../config/serverSettings";
import { browserOrigin, corsOriginAllowed } from "./corsPolicy";

/** The Host header's name, lower-cased, without its port ("[::1]" keeps its brackets). */
export function hostName(hostHeader: string | undefined): string | undefined {
  if (!hostHeader) return undefined;
  const match = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/.exec(hostHeader.trim().toLowerCase());
  return match?.[1];
}

/** Whether a request names a host this server answers to (DNS rebinding gets a name of its own). */
export function hostAllowed(hostHeader: string | undefined, settings: ServerSettings): boolean {
  if (settings.allowedHosts === "*") return true;
  const name = hostName(hostHeader);
  return name !== undefined && settings.allowedHosts.includes(name);
}

/**
 * Whether a WebSocket may open from this Origin: browsers always send one, and a WebSocket is
 * outside CORS and CSRF prevention, so the page's origin must be the server's own (GraphiQL) or
 * one that CORS admits (src/server/corsPolicy.ts: CORS_ORIGINS, and dev servers on this machine
 * outside production). A client that is not a browser sends none and is let through (it
 * authenticates like any other).
 */
export function webSocketOriginAllowed(
  origin: string | undefined,
  hostHeader: string | undefined,
  settings: ServerSettings,
): boolean {
  if (origin === undefined) return true;
  if (corsOriginAllowed(origin, settings)) return true;
  const url = browserOrigin(origin);
  return (
    url !== undefined && hostHeader !== undefined && url.host === hostHeader.trim().toLowerCase()
  );
}
