import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { neo4jReachable } from "../neo4j/neo4jReachable";
import type { Probes } from "./createHttpApp";

/** /readyz answers within a second even when Neo4j hangs (a probe's own deadline is often 1 s). */
export const READY_PROBE_MILLIS = 800;

/**
 * Ready: not stopping, and Neo4j answers within READY_PROBE_MILLIS. The answer names no
 * internals (no address, no driver message): why Neo4j is unreachable goes to the log, once
 * when it becomes unreachable and once when it is back.
 */
export function readinessProbe(options: {
  driver: Driver;
  database: string;
  log: Logger;
  stopping: () => boolean;
}): Probes {
  let reachable = true;
  return {
    async ready() {
      if (options.stopping()) return { ready: false, detail: "stopping" };
      const probe = await neo4jReachable(options.driver, options.database, READY_PROBE_MILLIS);
      if (probe.reachable !== reachable) {
        if (probe.reachable) options.log.info("readiness: neo4j reachable again");
        else options.log.warn({ err: probe.error }, "readiness: neo4j unreachable");
        reachable = probe.reachable;
      }
      return probe.reachable
        ? { ready: true, detail: "neo4j reachable, schema built" }
        : { ready: false, detail: "neo4j unreachable" };
    },
  };
}
