import pino from "pino";
import { serverSettings } from "../src/config/serverSettings";
import { startApiServer, type StartedServer } from "../src/server/ApiServer";
import { createLogger } from "../src/server/createLogger";
import { testAuthSettings } from "../tools/support/testTokens";
import type { BenchTarget } from "./BenchTarget";

/** The API in this process on a free port, over the bench's Neo4j; its warnings go to stderr. */
export function startBenchApi(target: BenchTarget): Promise<StartedServer> {
  return startApiServer({
    settings: {
      ...serverSettings({}),
      port: 0,
      logLevel: "warn",
      seedWhenEmpty: false,
      // The reads are measured after warm-up runs of their own; a warming beside them would
      // share the machine with the first measurements.
      warmPlans: false,
      // Writes need a writer: the bench's clients send a JWT signed with the tests' secret.
      auth: testAuthSettings(),
    },
    target: {
      kind: "external",
      uri: target.uri,
      user: target.user,
      password: target.password,
      database: target.database,
    },
    log: createLogger("warn", pino.destination(2)),
  });
}
